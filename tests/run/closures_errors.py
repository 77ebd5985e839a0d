# Tracebacks through nested functions and lambdas, and the errors of
# variables shared with closures.
from typing import Callable


def free_before_assignment() -> None:
    def show() -> None:
        print(value)
    try:
        show()
    except NameError as e:
        print("NameError:", e)
    value = 5
    show()


def unbound_cell(flag: bool) -> None:
    if flag:
        n = 3

    def get() -> int:
        return n
    try:
        print(get())
    except NameError as e:
        print("NameError:", e)
    n = 4
    print(get())


def divide_by(d: int) -> Callable[[int], int]:
    return lambda x: x // d


def run(f: Callable[[int], int], x: int) -> int:
    return f(x)


def outer() -> int:
    def middle(k: int) -> int:
        def inner() -> int:
            return [1, 2, 3][k]
        return inner()
    return middle(1) + middle(7)


free_before_assignment()
unbound_cell(True)
unbound_cell(False)
print(run(divide_by(3), 10))
try:
    run(divide_by(0), 1)
except ZeroDivisionError as e:
    print("caught", e)
print(outer())
