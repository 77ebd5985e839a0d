# An exception raised through a ParamSpec-typed wrapper.
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def checked(f: Callable[P, R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        return f(*args, **kwargs)
    return wrapper


@checked
def ratio(a: int, b: int) -> float:
    return a / b


print(ratio(1, 4))
print(ratio(1, 0))
