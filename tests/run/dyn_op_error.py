# An arithmetic operator on Any values of unrelated types raises CPython's
# TypeError, with its traceback.
from typing import Any


def add(a: Any, b: Any) -> Any:
    return a + b


print(add(1, 2), add(1.5, 2), add("a", "b"), add([1], [2, 3]), add(True, True))
print(add(2, "x"))
