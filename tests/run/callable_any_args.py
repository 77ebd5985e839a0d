# Callable[..., R] parameters of functions called directly: each call is
# compiled for the signature of the function it passes, and `*args: Any`
# forwards the rest of the arguments to it.
from typing import Any, Callable, TypeVar

R = TypeVar("R")


def inc(v: int) -> int:
    return v + 1


def add(a: int, b: int) -> int:
    return a + b


def greet(name: str, punct: str) -> str:
    return f"hello {name}{punct}"


def apply(f: Callable[..., int], x: int) -> int:
    return f(x)


def twice(f: Callable[..., int], *args: Any) -> int:
    return f(*args) + f(*args)


def call_logged(f: Callable[..., R], *args: Any) -> R:
    print("calling", f.__name__, "with", args)
    result = f(*args)
    print("  ->", result)
    return result


def main() -> None:
    print(apply(inc, 3), apply(inc, -4))
    print(twice(add, 1, 2), twice(inc, 5))
    print(call_logged(greet, "ada", "!"))
    print(call_logged(add, 2, 3) * 10)
    print(call_logged(inc, call_logged(inc, 0)))


main()
