# Functions that take and return tuples.
import math


def min_max(a: int, b: int, c: int) -> tuple[int, int]:
    lo = min(a, b, c)
    hi = max(a, b, c)
    return lo, hi


def polar(x: float, y: float) -> tuple[float, float]:
    return (math.hypot(x, y), math.atan2(y, x))


def stats(n: int) -> tuple[int, float, str]:
    total = 0
    for i in range(1, n + 1):
        total += i
    return (total, total / n, "n=" + str(n))


def swap(p: tuple[int, str]) -> tuple[str, int]:
    a, b = p
    return (b, a)


def add_vec(u: tuple[float, float], v: tuple[float, float]) -> tuple[float, float]:
    ux, uy = u
    vx, vy = v
    return (ux + vx, uy + vy)


def fib_pair(n: int) -> tuple[int, int]:
    if n == 0:
        return (0, 1)
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return (c, d)
    return (d, c + d)


def main() -> None:
    print(min_max(3, 1, 2), min_max(-5, 10, 0))
    lo, hi = min_max(7, 7, 7)
    print(lo, hi)
    print(polar(3.0, 4.0), polar(-1.0, 0.0))
    print(stats(10), stats(1), stats(7))
    total, avg, label = stats(4)
    print(label, total, avg)
    print(swap((1, "one")), swap((-2, "")))
    print(add_vec((1.5, 2.0), (0.5, -2.0)))
    acc = (0.0, 0.0)
    for i in range(4):
        acc = add_vec(acc, (0.1, 1.0))
    print(acc)
    for n in range(0, 91, 10):
        print(n, fib_pair(n))
    print(fib_pair(5) == (5, 8), min_max(1, 2, 3) == (1, 3))
    r = divmod(17, 5)
    print(r, r == (3, 2))


if __name__ == "__main__":
    main()
