# A loop calling a function directly (compare benchmarks/callable_loop.py,
# the same loop through a Callable value).


def step(x: int) -> int:
    return (x * 1103515245 + 12345) % 2147483648


def run(n: int) -> int:
    x = 1
    total = 0
    for _ in range(n):
        x = step(x)
        total += x & 255
    return total


print(run(5000000))
