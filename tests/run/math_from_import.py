# from-imports of math names and math constants.
from math import sqrt, pi, e, tau, inf, nan, floor, ceil, isqrt, gcd
import math


def circle_area(r: float) -> float:
    return pi * r * r


def circumference(r: float) -> float:
    return tau * r


def main() -> None:
    print(pi, e, tau, inf, nan, -inf)
    print(math.pi, math.e, math.tau, math.inf, math.nan)
    print(pi == math.pi, tau == 2 * pi, e == math.exp(1), inf > 1e308)
    print(sqrt(2), sqrt(144), floor(pi), ceil(e), isqrt(99), gcd(100, 75))
    for r in range(1, 6):
        print(r, circle_area(float(r)), circumference(float(r)), round(circle_area(float(r)), 3))
    print(circle_area(0.5), circumference(0.5))
    print(pi * 2 == tau, pi / 2, pi / 4, e ** 2, e * pi)
    print(floor(-pi), ceil(-pi), floor(pi * 100) / 100, ceil(e * 1000) / 1000)
    print(sqrt(pi), sqrt(e), sqrt(tau))
    print(nan == nan, inf == inf, inf - inf == inf - inf, -inf < 0)
    print(math.isnan(nan), math.isinf(-inf), math.isfinite(pi), math.isfinite(inf))
    print(str(pi), len(str(pi)), len(str(e)), str(tau))


main()
