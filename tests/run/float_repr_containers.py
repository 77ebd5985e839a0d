# Shortest round-trip float repr inside lists, tuples and dicts, including special values.
import math


def main() -> None:
    xs = [0.1, 0.2, 0.1 + 0.2, 1.0 / 3.0, 2.0 / 3.0, 1e16, 1e15, 123456789012345678.0]
    print(xs)
    ys = [1e-4, 1e-5, 0.0001234, 5e-324, 1.7976931348623157e308, -0.0, 0.0]
    print(ys)
    zs = [math.inf, -math.inf, math.nan, math.pi, math.e]
    print(zs)
    t = (1.5, -2.25, 100.0, 1e22, 1e21)
    print(t)
    d = {"half": 0.5, "third": 1.0 / 3.0, "big": 2.0 ** 70}
    print(d)
    print([x * 3.0 for x in [0.1, 0.2, 0.3]])
    print([round(x, 2) for x in [1.005, 2.675, 0.125, 0.375]])
    total = 0.0
    parts: list[float] = []
    for i in range(10):
        total += 0.1
        parts.append(total)
    print(parts)
    print(sum([0.1] * 10), sum([0.5, 0.25, 0.125]))
    print(min(xs), max(xs))
    print(sorted(ys))
    print(float("1e500"), float("-0"), float("  3.25 "))
    print([float(i) / 7.0 for i in range(1, 4)])


if __name__ == "__main__":
    main()
