# int(), float() and bool() conversions between numeric types.
import math


def truncate_all(x: float) -> tuple[int, int, int, int]:
    return (int(x), math.trunc(x), math.floor(x), math.ceil(x))


def main() -> None:
    print(int(3.9), int(-3.9), int(3.0), int(-0.0), int(0.5), int(-0.5))
    print(int(1e18), int(-1e18), int(123456789.987), int(2.0 ** 62))
    print(int(True), int(False), int(7), int(-7))
    print(float(3), float(-3), float(0), float(True), float(False), float(2 ** 62))
    print(float(10 ** 18), float(123456789), float(-1))
    print(bool(0), bool(3), bool(-0.0), bool(0.001), bool(""), bool("0"))
    for v in range(-4, 5):
        x = v * 0.75
        print(x, truncate_all(x))
    print(truncate_all(2.5), truncate_all(-2.5), truncate_all(1e15 + 0.5))
    print(truncate_all(0.9999999999999999), truncate_all(-0.9999999999999999))
    print(truncate_all(4503599627370495.5), truncate_all(-4503599627370495.5))
    n = int(7.99)
    f = float(n)
    b = bool(n)
    print(n, f, b, int(b), float(b))
    print(int(float(int(float(3)))), float(int(2.75)))
    big = 9007199254740993
    print(float(big), int(float(big)), int(float(big)) == big)
    print(int(1e16 + 1), int(1.5e16), int(-9.2e18))
    total = 0
    for i in range(10):
        total += int(i * 0.3)
    print(total)
    print(int(0.1 + 0.2 == 0.3), int(round(2.5)), int(round(3.5)))


if __name__ == "__main__":
    main()
