# d.get(k, default) where the default is an Optional of the value type:
# the result is Optional (mypy's overload), None passes through.
from typing import Optional


def look(d: dict[str, str], k: str, default: Optional[str] = None) -> Optional[str]:
    return d.get(k, default)


def count(d: dict[str, int], k: str, default: Optional[int]) -> Optional[int]:
    return d.get(k, default)


def noisy(tag: str, v: Optional[int]) -> Optional[int]:
    print("evaluated", tag)
    return v


d = {"a": "x"}
print(look(d, "a"))
print(look(d, "b"))
print(look(d, "b", "dflt"))
counts = {"one": 1, "zero": 0}
print(count(counts, "one", None), count(counts, "zero", 5), count(counts, "two", None))
r = counts.get("two", noisy("default", 7))
print(r, type(r).__name__)
r2 = counts.get("one", noisy("again", None))
print(r2)
