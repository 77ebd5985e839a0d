# A missing key of a dict held as Any raises CPython's KeyError.
from typing import Any

config: dict[str, Any] = {"debug": True, "level": 3, "paths": ["a", "b"]}


def lookup(c: Any, key: str) -> Any:
    return c[key]


print(lookup(config, "level"), lookup(config, "paths")[1])
try:
    lookup(config["paths"], "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print(config["paths"][5])
except IndexError as e:
    print("IndexError:", e)
print(lookup(config, "missing"))
