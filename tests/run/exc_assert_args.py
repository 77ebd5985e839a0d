# The message of a failed assert is the AssertionError's argument as given.
from typing import Optional


def check(s: str, n: int) -> None:
    try:
        assert "x" in s, s * 0
    except AssertionError as e:
        print(repr(e), e.args)
    try:
        assert n > 0, n
    except AssertionError as e:
        print(repr(e), e.args, str(e))
    try:
        assert n > 0
    except AssertionError as e:
        print(repr(e), e.args, "[" + str(e) + "]")


def first(x: Optional[int]) -> int:
    assert x is not None, "x is None"
    return x + 1


check("abc", 0)
print(first(4))
try:
    first(None)
except AssertionError as e:
    print("caught", e)
