# expect: error[name] 5:5
# A generic decorator whose signature fails to check (found by fuzz_smoke).
from typing import Any, Callable, TypeVar

T = Type__repr__Var("T")
calls: dict[str, int] = {}


def counted(func: Callable[..., T]) -> Callable[..., T]:
    def wrapper(*args: Any, **kwargs: Any) -> T:
        calls[func.__name__] = calls.get(func.__name__, 0) + 1
        return func(*args, **kwargs)
    return wrapper


def noisy(func: Callable[..., int]) -> Callable[..., int]:
    def wrapper(*args: Any, **kwargs: Any) -> int:
        print("->", func.__name__)
        return func(*args, **kwargs)
    return wrapper


@counted
def mul(a: int, b: int) -> int:
    return a * b


@counted
@noisy
def neg(x: int) -> int:
    return -x


print(mul(3, 4), mul(5, 6), neg(2))
print(sorted(calls.items()))
