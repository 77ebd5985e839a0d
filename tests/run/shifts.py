# Left and right shifts, including negative operands and large shift counts.


def main() -> None:
    print(1 << 0, 1 << 1, 1 << 10, 1 << 62, 3 << 60)
    print(-1 << 2, -1 << 62, -3 << 10, -1 << 63)
    print(1024 >> 3, 1023 >> 3, 1 >> 1, 0 >> 5)
    print(-1 >> 1, -1 >> 10, -16 >> 2, -17 >> 2, -15 >> 2, -2 >> 1)
    print(5 >> 64, 5 >> 100, -5 >> 64, -5 >> 100, 0 << 70, 0 << 1000)
    print(2 ** 62 >> 61, -(2 ** 62) >> 61, 9223372036854775807 >> 62, 9223372036854775807 >> 63)
    for s in range(0, 9):
        print(s, 100 << s, 100 >> s, -100 << s, -100 >> s)
    n = 1
    count = 0
    while n > 0 and count < 70:
        n <<= 1
        count += 1
        if count > 61:
            print("n =", n)
        if count == 62:
            break
    print("count", count)
    x = -1000000
    x >>= 3
    print(x)
    x <<= 5
    print(x)
    print(1 << 2 + 1, (1 << 2) + 1, 16 >> 1 + 1, (16 >> 1) + 1)
    print(1 << 3 > 7, 256 >> 4 == 16, -8 >> 1 << 1)
    print(True << 3, 8 >> True)


main()
