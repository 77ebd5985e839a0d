# A loop calling a non-capturing function through a Callable value
# (compare benchmarks/direct_loop.py, the same loop with a direct call).
from typing import Callable


def step(x: int) -> int:
    return (x * 1103515245 + 12345) % 2147483648


def run(f: Callable[[int], int], n: int) -> int:
    x = 1
    total = 0
    for _ in range(n):
        x = f(x)
        total += x & 255
    return total


print(run(step, 5000000))
