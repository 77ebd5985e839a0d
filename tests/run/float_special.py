# inf, nan and signed zero: arithmetic, comparisons and printing.
import math


def main() -> None:
    inf = float("inf")
    ninf = float("-inf")
    nan = float("nan")
    print(inf, ninf, nan, -nan, -inf)
    print(inf + 1, inf * 2, inf - inf, inf * 0, inf / inf)
    print(1 / inf, -1 / inf, 0.0 * -1, -0.0 * -1)
    print(inf > 1e308, ninf < -1e308, inf == inf, inf == -ninf)
    print(nan == nan, nan != nan, nan < 1.0, nan > 1.0, nan <= nan, nan >= 0.0)
    print(1.0 < nan, 1.0 >= nan)
    print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan))
    print(max(-0.0, 0.0), max(0.0, -0.0), min(-0.0, 0.0), min(0.0, -0.0))
    print(0.0 == -0.0, -0.0 < 0.0, abs(-0.0), -(0.0), -(-0.0))
    print(-0.0 + 0.0, -0.0 - 0.0, 0.0 - 0.0, -0.0 + -0.0)
    print(math.copysign(1.0, -0.0), math.copysign(1.0, 0.0), math.copysign(3, -nan))
    print(math.isnan(nan), math.isnan(inf), math.isinf(ninf), math.isfinite(1e308))
    print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** -1080)
    print(math.inf, -math.inf, math.nan, math.inf == inf)
    print(str(inf), str(ninf), str(nan), str(-0.0))
    print(float("Infinity"), float("-INF"), float("NaN"), float("  inf "))
    print(abs(ninf), abs(nan), round(-0.0, 2), round(nan, 2), round(inf, 2))
    print(inf % 2 == inf % 2, 5.0 % inf, -5.0 % inf)
    print(math.fmod(5.0, inf), math.fmod(-5.0, inf))
    print(nan + 1, nan * 0, nan ** 0, 1.0 ** nan, 0 ** 0.0)
    print(inf ** 0, inf ** -1, (-inf) ** 3, (-inf) ** 2, 0.0 ** inf)
    print(bool(nan), bool(-0.0), bool(0.0), bool(inf))
    if nan:
        print("nan is truthy")
    if not -0.0:
        print("-0.0 is falsy")
    x = nan
    print(x == x, x != x, not (x < 1.0) and not (x >= 1.0))
    print(-inf < -1e308 < 0.0 < 5e-324 < 1e308 < inf)


main()
