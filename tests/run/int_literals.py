# Integer literal forms and values near the 64-bit limits (no overflow).

BIG = 9223372036854775807
SMALL = -9223372036854775807 - 1
MILLION = 1_000_000


def main() -> None:
    print(0x10, 0XfF, 0o17, 0O777, 0b1010, 0B1111_1111, 1_000_000, 0_0)
    print(BIG, SMALL, BIG + SMALL, -BIG, -(SMALL + 1))
    print(BIG // 2, SMALL // 2, BIG % 1000, SMALL % 1000, SMALL // -2)
    print(BIG - 1, SMALL + 1, BIG // -1, SMALL // 1)
    print(MILLION * MILLION * MILLION, MILLION ** 3 == 10 ** 18)
    print(BIG > 2 ** 62, SMALL < -(2 ** 62), BIG == 2 ** 62 - 1 + 2 ** 62)
    print(0x7FFFFFFFFFFFFFFF == BIG, -0x7FFFFFFFFFFFFFFF - 1 == SMALL)
    print(abs(SMALL + 1), abs(-BIG), -(SMALL + 1))
    print(BIG >> 1, SMALL >> 1, SMALL >> 63, BIG >> 63, ~BIG, ~SMALL)
    print(BIG & SMALL, BIG | SMALL, BIG ^ SMALL)
    print(float(BIG), float(SMALL), BIG / 1, SMALL / -1)
    print(int(9.2e18), int(-9.2e18), int(9.223372036854775e18))
    print(round(BIG, -18), round(SMALL, -18), round(BIG - 7, -1), round(SMALL + 8, -1))
    print(divmod(BIG, 10), divmod(SMALL, 10), divmod(SMALL, -10))
    n = 1
    steps = 0
    while n < BIG // 10:
        n *= 10
        steps += 1
    print(steps, n, n * 9, n * 9 + (BIG - n * 9))
    print(str(BIG), len(str(BIG)), str(SMALL), len(str(SMALL)))
    print(int("9223372036854775807"), int("-9223372036854775808"))
    print(max(BIG, SMALL), min(BIG, SMALL), max(SMALL, -1, 0))
    print(-0, +0, -(-0), 00, 0o0, 0x0)


main()
