# Decorators typed with ParamSpec and TypeVar: one instance per decorated
# function type.
import functools
from typing import Any, Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
F = TypeVar("F", bound=Callable[..., Any])

registry: list[str] = []


def logged(f: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(f)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", f.__name__)
        result = f(*args, **kwargs)
        print("done", f.__name__)
        return result
    return wrapper


def register(f: F) -> F:
    registry.append(f.__name__)
    return f


@logged
def add(a: int, b: int) -> int:
    return a + b


@logged
def greet(name: str) -> str:
    return "hi " + name


@register
def square(x: float) -> float:
    return x * x


@register
@logged
def shout(s: str) -> None:
    print(s.upper())


print(add(2, 3))
print(greet("ann"))
print(square(1.5))
shout("hey")
print(registry)
