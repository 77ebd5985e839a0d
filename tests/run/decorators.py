# Decorators: plain, factories, stacked, functools.wraps, on nested functions.
import functools
from functools import wraps
from typing import Callable


def trace(f: Callable[[int], int]) -> Callable[[int], int]:
    @functools.wraps(f)
    def wrapper(x: int) -> int:
        print("call", f.__name__, x)
        r = f(x)
        print("ret", r)
        return r
    return wrapper


def repeat(n: int) -> Callable[[Callable[[int], int]], Callable[[int], int]]:
    def deco(f: Callable[[int], int]) -> Callable[[int], int]:
        def run(x: int) -> int:
            for _ in range(n):
                x = f(x)
            return x
        return run
    return deco


calls = 0


def counted(f: Callable[[int, int], int]) -> Callable[[int, int], int]:
    @wraps(f)
    def inner(a: int, b: int) -> int:
        global calls
        calls += 1
        return f(a, b)
    return inner


@trace
def square(x: int) -> int:
    return x * x


@repeat(3)
def double(x: int) -> int:
    return x * 2


@trace
@repeat(2)
def inc(x: int) -> int:
    return x + 1


@counted
def add(a: int, b: int) -> int:
    return a + b


@trace
def fact(n: int) -> int:
    return 1 if n <= 1 else n * fact(n - 1)


print(square(4))
print(double(1))
print(inc(10))
print(add(1, 2), add(3, 4), calls)
print(square.__name__, add.__name__, double.__name__)
print(fact(3))


def outer(k: int) -> int:
    @repeat(k)
    def step(x: int) -> int:
        return x + k
    return step(0)


print(outer(4))
