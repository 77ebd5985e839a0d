# Numeric integration with the trapezoid rule, Simpson's rule and midpoints.
import math


def f_square(x: float) -> float:
    return x * x


def trapezoid_sq(a: float, b: float, n: int) -> float:
    h = (b - a) / n
    s = (f_square(a) + f_square(b)) / 2
    for i in range(1, n):
        s += f_square(a + i * h)
    return s * h


def simpson_sin(a: float, b: float, n: int) -> float:
    h = (b - a) / n
    s = math.sin(a) + math.sin(b)
    for i in range(1, n):
        x = a + i * h
        if i % 2 == 1:
            s += 4 * math.sin(x)
        else:
            s += 2 * math.sin(x)
    return s * h / 3


def midpoint_exp(a: float, b: float, n: int) -> float:
    h = (b - a) / n
    total = 0.0
    for i in range(n):
        total += math.exp(a + (i + 0.5) * h)
    return total * h


def main() -> None:
    for n in range(1, 6):
        steps = 2 ** n
        approx = trapezoid_sq(0.0, 3.0, steps)
        print("trapezoid x^2 on [0,3] n =", steps, approx, approx - 9)
    for n in range(2, 21, 6):
        r = simpson_sin(0.0, math.pi, n)
        print("simpson sin on [0,pi] n =", n, r, round(r, 6))
    for k in range(1, 3):
        n = 10 ** k
        r = midpoint_exp(0.0, 1.0, n)
        print("midpoint exp on [0,1] n =", n, r, r - (math.e - 1))
    area = 0.0
    dx = 0.001
    x = 0.0
    while x < 1.0:
        area += math.sqrt(1 - x * x) * dx
        x += dx
    print("quarter circle area", area, "pi/4 =", math.pi / 4, "est pi =", 4 * area)


main()
