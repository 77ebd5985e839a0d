# round(): banker's rounding for floats and ints, with and without ndigits.


def main() -> None:
    print(round(0.5), round(1.5), round(2.5), round(3.5), round(4.5))
    print(round(-0.5), round(-1.5), round(-2.5), round(-3.5))
    print(round(2.4999), round(2.5001), round(-2.4999), round(-2.5001))
    print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.005, 2))
    print(round(0.285, 2), round(0.1 + 0.2, 1), round(1.25, 1), round(1.35, 1))
    print(round(-0.125, 2), round(-2.675, 2))
    print(round(1234, -2), round(1250, -2), round(1350, -2), round(1251, -2))
    print(round(-1250, -2), round(-1350, -2), round(-1249, -2), round(15, -1), round(25, -1))
    print(round(5, 2), round(-5, 0), round(123456789, -9), round(987654321, -9))
    print(round(1.5, 0), round(2.5, 0), round(-0.4, 0), round(-0.5, 0), round(0.4, 0))
    print(round(123.456, -1), round(123.456, -2), round(153.456, -2), round(1234.5678, -2))
    print(round(1234.5678, 1), round(1234.5678, 3), round(1234.5678, 10))
    print(round(-0.0), round(-0.0, 1), round(0.0, 3))
    print(round(1e18), round(1e15 + 0.5), round(4503599627370497.0))
    print(round(1e20, 2), round(1e-20, 2), round(1e-20, 25))
    print(round(2.5e-5, 5), round(3.5e-5, 5), round(1.23456789e10, -5))
    print(round(0.1, 20), round(1.0 / 3, 5), round(2.0 / 3, 5))
    print(round(5e-324, 400), round(5e-324, 323), round(1.5e300, -299))
    print(round(55.0, -1), round(65.0, -1), round(-55.0, -1))
    for i in range(-6, 7):
        x = i / 4
        print(x, round(x), round(x, 1), round(i * 25, -2))
    n = 7
    print(round(22 / 7, n), round(22 / 7, n - 5))


main()
