# An exception raised through a decorator's wrapper and a closure.
from typing import Callable


def logged(f: Callable[[int], int]) -> Callable[[int], int]:
    def wrapper(x: int) -> int:
        print("calling with", x)
        return f(x)
    return wrapper


@logged
def inverse(x: int) -> int:
    return 100 // x


print(inverse(4))
print(inverse(0))
