# Newton's method for square roots (float) and integer square roots.
import math


def newton_sqrt(x: float, tol: float = 1e-12) -> float:
    if x == 0:
        return 0.0
    guess = x if x > 1 else 1.0
    steps = 0
    while True:
        nxt = (guess + x / guess) / 2
        steps += 1
        if abs(nxt - guess) <= tol * nxt:
            break
        guess = nxt
    print("  sqrt(", x, ") took", steps, "steps")
    return nxt


def int_sqrt(n: int) -> int:
    if n < 2:
        return n
    x = n
    y = n // 2 + n % 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def cube_root(a: float) -> float:
    x = a
    for _ in range(60):
        x = x - (x * x * x - a) / (3 * x * x)
    return x


def main() -> None:
    for v in range(0, 11, 2):
        r = newton_sqrt(float(v))
        print(v, r, math.sqrt(v), abs(r - math.sqrt(v)) < 1e-12)
    print(newton_sqrt(0.01), newton_sqrt(1e10), newton_sqrt(2.0, tol=1e-3))
    for n in range(0, 30, 7):
        print(n, int_sqrt(n), math.isqrt(n))
    print(int_sqrt(10 ** 18), int_sqrt(9223372036854775807), int_sqrt(999999999999))
    print(cube_root(27.0), cube_root(2.0), cube_root(-8.0), round(cube_root(1000.0), 9))


main()
