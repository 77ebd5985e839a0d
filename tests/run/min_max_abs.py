# min, max and abs on ints and floats (never mixing types in one call).


def clamp(x: int, lo: int, hi: int) -> int:
    return max(lo, min(x, hi))


def main() -> None:
    print(min(3, 7), max(3, 7), min(-3, -7), max(-3, -7), min(0, 0), max(5, 5))
    print(min(1, 2, 3), max(1, 2, 3), min(9, -9, 0, 4), max(9, -9, 0, 4, 12, -100))
    print(min(1.5, 2.5), max(1.5, 2.5), min(-0.5, 0.5, 0.25), max(0.1, 0.2, 0.3))
    print(min(1e308, 1e-308), max(-1e308, -1e-308), min(float("inf"), 1e308), max(float("-inf"), -1e308))
    print(abs(-5), abs(5), abs(0), abs(-2.5), abs(2.5), abs(-0.0), abs(-1e-320))
    print(abs(-9223372036854775807), abs(-(2 ** 62)), abs(float("-inf")))
    for x in range(-3, 14, 4):
        print(x, clamp(x, 0, 10), clamp(x, -1, 1), clamp(x, 5, 5))
    best = -1000
    worst = 1000
    for i in range(-10, 11):
        v = i * i - 5 * i + 3
        best = max(best, v)
        worst = min(worst, v)
    print("max", best, "min", worst)
    lo = 1e300
    hi = -1e300
    for i in range(1, 20):
        y = 1 / i - 0.25
        lo = min(lo, y)
        hi = max(hi, y)
    print(lo, hi)
    print(max(abs(-3), abs(2)), min(abs(-3.5), abs(2.25)), abs(min(-4, 4)))
    print(max(True, False), min(True, False), max(True, True))
    print(max(2, 2), min(2.0, 2.0), abs(True), abs(False))
    print(max(3 - 5, 5 - 3) - min(3 - 5, 5 - 3))


main()
