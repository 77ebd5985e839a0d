# math module: roots, exponentials and logarithms.
import math


def main() -> None:
    print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(0), math.sqrt(-0.0))
    print(math.sqrt(1e300), math.sqrt(1e-300), math.sqrt(10 ** 18), math.sqrt(2) ** 2)
    print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10), math.exp(-745), math.exp(-746))
    print(math.exp(709), math.exp(0.5), math.exp(1e-10))
    print(math.log(1), math.log(math.e), math.log(10), math.log(0.5), math.log(1e300))
    print(math.log(8, 2), math.log(1000, 10), math.log(100, 10), math.log(81, 3), math.log(2, 8))
    print(math.log(1024, 2), math.log(0.001, 10), math.log(5, 0.5), math.log(7, 7))
    print(math.log2(8), math.log2(1024), math.log2(3), math.log2(0.125), math.log2(2 ** 62))
    print(math.log10(1000), math.log10(2), math.log10(1e-5), math.log10(123456))
    print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1e200, 1e200), math.hypot(-3, 0))
    print(math.pow(2, 0.5), math.pow(10, -3), math.pow(1.5, 3), math.pow(1, 1e308))
    print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), math.fabs(-1e308))
    print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7, -3), math.fmod(5.5, 2))
    print(math.copysign(3, -1), math.copysign(-3, 1), math.copysign(0.0, -2), math.copysign(2.5, 0.0))
    for i in range(1, 11):
        x = i * 0.5
        print(x, math.sqrt(x), math.exp(x), math.log(x), math.log10(x), math.log2(x))
    print(math.sqrt(math.sqrt(math.sqrt(256))), math.exp(math.log(42)))


if __name__ == "__main__":
    main()
