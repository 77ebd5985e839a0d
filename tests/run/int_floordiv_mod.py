# Integer floor division and modulo: Python rounds toward negative infinity,
# and the remainder takes the sign of the divisor.


def show(a: int, b: int) -> None:
    q = a // b
    r = a % b
    print(a, "//", b, "=", q, " ", a, "%", b, "=", r, " check:", q * b + r == a)


def main() -> None:
    print(7 // 2, 7 % 2)
    print(-7 // 2, -7 % 2)
    print(7 // -2, 7 % -2)
    print(-7 // -2, -7 % -2)
    print(7 % -3, -7 % 3, -7 % -3)
    print(0 // 5, 0 % 5, 0 // -5, 0 % -5)
    print(-1 // 10, -1 % 10)
    print(1 // -10, 1 % -10)
    for a in range(-7, 8, 7):
        for b in range(-3, 4):
            if b != 0:
                show(a, b)
    print(123456789 // 1000, 123456789 % 1000)
    print(-123456789 // 1000, -123456789 % 1000)
    print(9000000000000000000 // 7, 9000000000000000000 % 7)
    print(-9000000000000000000 // 7, -9000000000000000000 % 7)
    print(-9000000000000000000 // -1000000007, -9000000000000000000 % -1000000007)
    x = 100
    x //= -7
    print(x)
    x %= 6
    print(x)
    y = -100
    y %= 7
    print(y)
    print(-(7 // 2), (-7) // 2, -7 // 2)
    print(-2 ** 2 // 3, (-2) ** 2 // 3)
    print(17 // 5 * 5 + 17 % 5)


if __name__ == "__main__":
    main()
