# math module: trigonometric, hyperbolic and angle conversion functions.
import math


def deg_table() -> None:
    for d in range(0, 361, 45):
        r = math.radians(d)
        print(d, r, round(math.sin(r), 12), round(math.cos(r), 12))


def main() -> None:
    print(math.sin(0), math.cos(0), math.tan(0), math.sin(-0.0), math.tan(-0.0))
    print(math.sin(0.5), math.cos(0.5), math.tan(0.5))
    print(math.sin(math.pi), math.cos(math.pi), math.sin(math.pi / 2), math.cos(math.pi / 2))
    print(math.sin(1), math.cos(1), math.tan(1), math.sin(-1), math.cos(-1))
    print(math.asin(1), math.acos(1), math.acos(0), math.atan(1), math.atan(-1))
    print(math.asin(0.5), math.acos(0.5), math.asin(-1), math.acos(-1), math.atan(1e300))
    print(math.atan2(1, 1), math.atan2(1, -1), math.atan2(-1, -1), math.atan2(-1, 1))
    print(math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0), math.atan2(0, 0), math.atan2(1, 0))
    print(math.sinh(0), math.cosh(0), math.tanh(0), math.sinh(1), math.cosh(1), math.tanh(1))
    print(math.sinh(-2), math.cosh(-2), math.tanh(-2), math.tanh(100), math.tanh(-100))
    print(math.degrees(math.pi), math.degrees(1), math.radians(180), math.radians(1))
    print(math.degrees(math.pi / 6), math.radians(-90), math.degrees(-0.0))
    deg_table()
    x = 0.7
    print(math.sin(x) ** 2 + math.cos(x) ** 2, math.tan(x) - math.sin(x) / math.cos(x))
    print(math.asin(math.sin(x)), math.acos(math.cos(x)), math.atan(math.tan(x)))
    print(math.cosh(x) ** 2 - math.sinh(x) ** 2)
    print(math.sin(1e6), math.cos(1e6), math.sin(3.0), math.cos(3.0), math.tan(1.5))


main()
