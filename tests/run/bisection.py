# Root finding by bisection and the secant method on polynomials and
# transcendental functions.
import math


def poly(x: float) -> float:
    return x * x * x - 2 * x - 5


def cos_minus_x(x: float) -> float:
    return math.cos(x) - x


def bisect_poly(lo: float, hi: float, iters: int) -> float:
    for i in range(iters):
        mid = (lo + hi) / 2
        if poly(lo) * poly(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2


def bisect_cos(lo: float, hi: float, tol: float) -> tuple[float, int]:
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if cos_minus_x(mid) > 0:
            lo = mid
        else:
            hi = mid
        steps += 1
    return ((lo + hi) / 2, steps)


def secant_poly(x0: float, x1: float) -> float:
    for _ in range(50):
        f0 = poly(x0)
        f1 = poly(x1)
        if f1 == f0:
            break
        x0, x1 = x1, x1 - f1 * (x1 - x0) / (f1 - f0)
    return x1


def main() -> None:
    for n in range(0, 41, 10):
        r = bisect_poly(2.0, 3.0, n)
        print(n, r, poly(r))
    root, steps = bisect_cos(0.0, 1.0, 1e-12)
    print("cos(x) = x at", root, "after", steps, "steps", round(root, 9))
    s = secant_poly(2.0, 3.0)
    print("secant:", s, poly(s), abs(s - bisect_poly(2.0, 3.0, 60)) < 1e-12)
    x = 1.0
    for i in range(100):
        x = math.cos(x)
    print("fixed point iteration:", x, abs(x - root) < 1e-9)


main()
