# Bitwise operators on ints (two's complement semantics for negatives).


def bits(n: int, width: int) -> str:
    s = ""
    for i in range(width - 1, -1, -1):
        if (n >> i) & 1:
            s = s + "1"
        else:
            s = s + "0"
    return s


def main() -> None:
    print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~0, ~-1)
    print(-6 & 0xFF, -6 | 3, -6 ^ 3, -6 & -3, -6 | -3, -6 ^ -3)
    print(-1 & 12345, -1 | 12345, -1 ^ 12345, 0 & -1, 0 | -1, 0 ^ -1)
    print(~5, ~-5, -~5, ~~5, ~(2 ** 62))
    print(0x7FFFFFFFFFFFFFFF & -0x7FFFFFFFFFFFFFFF, 0x5555 ^ 0xAAAA)
    print(6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4))
    print(5 & 3 == 1, (5 & 3) == 1, 5 | 2 > 6)
    for a in range(-4, 5, 2):
        for b in range(-3, 4, 3):
            print(a, b, a & b, a | b, a ^ b, ~a)
    print(bits(5, 8), bits(-5, 8), bits(255, 8), bits(-128, 8))
    x = 0b1111_0000
    x &= 0b1010_1010
    print(x, bits(x, 8))
    x |= 0b0000_0101
    print(x, bits(x, 8))
    x ^= 0xFF
    print(x, bits(x, 8))
    mask = (1 << 40) - 1
    big = 0x123456789ABCDEF
    print(big & mask, big >> 40, (big >> 40) << 40 | (big & mask) == big)
    print(True & True, True | False, False ^ True, True & False, True ^ True)
    print(True & 3, 6 | True, -False, -True)


main()
