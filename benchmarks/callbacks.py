# Closures and callbacks: sorting with key functions that capture locals,
# map/filter pipelines, and a registry of handlers called by name.
from typing import Callable


def make_scaler(k: int) -> Callable[[int], int]:
    def scale(x: int) -> int:
        return (x * k) % 1000003
    return scale


def pipeline(xs: list[int], limit: int) -> int:
    offset = 7
    return sum(map(lambda v: v * 2 + offset, filter(lambda v: v % 3 != 0 and v < limit, xs)))


def rank(xs: list[int], center: int) -> list[int]:
    return sorted(xs, key=lambda v: (abs(v - center), v))


def run_handlers(registry: dict[str, Callable[[int], int]], names: list[str], rounds: int) -> int:
    acc = 0
    for r in range(rounds):
        for n in names:
            acc = (acc + registry[n](r)) % 1000000007
    return acc


def main() -> None:
    xs = [(i * 7919) % 100003 for i in range(200000)]
    total = 0
    for limit in range(50000, 100001, 10000):
        total += pipeline(xs, limit)
    print("pipeline", total)
    ranked = rank(xs[:50000], 50000)
    print("rank", ranked[:5], ranked[-1])
    registry: dict[str, Callable[[int], int]] = {
        "double": lambda v: v * 2,
        "square": lambda v: v * v % 1009,
        "scale3": make_scaler(3),
        "scale5": make_scaler(5),
    }
    print("handlers", run_handlers(registry, ["double", "square", "scale3", "scale5"], 500000))
    count = 0

    def tick(step: int) -> None:
        nonlocal count
        count += step

    for i in range(1000000):
        tick(i % 3)
    print("ticks", count)


main()
