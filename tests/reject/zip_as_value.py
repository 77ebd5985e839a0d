# expect: error[unsupported] 7:13
from typing import Callable


def f(g: Callable[[int], int]) -> None:
    xs = [1, 2, 3]
    pairs = zip(xs, xs)
    print(list(pairs))
