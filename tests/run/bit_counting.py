# Bit tricks: population count, parity, lowest set bit, bit reversal,
# power-of-two tests and Gray codes.


def popcount(n: int) -> int:
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def popcount_shift(n: int) -> int:
    count = 0
    for i in range(64):
        count += (n >> i) & 1
    return count


def lowest_bit(n: int) -> int:
    return n & -n


def is_pow2(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0


def reverse_bits(n: int, width: int) -> int:
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r


def gray(n: int) -> int:
    return n ^ (n >> 1)


def bit_length(n: int) -> int:
    length = 0
    while n > 0:
        n >>= 1
        length += 1
    return length


def main() -> None:
    for n in range(0, 17):
        print(n, popcount(n), popcount_shift(n), lowest_bit(n), is_pow2(n), gray(n), bit_length(n))
    print(popcount(2 ** 62 - 1), popcount(9223372036854775807), popcount_shift(-1))
    print(popcount_shift(-2), popcount_shift(-9223372036854775807 - 1), lowest_bit(-8))
    print(reverse_bits(1, 8), reverse_bits(6, 4), reverse_bits(0xF0, 8), reverse_bits(1, 63))
    print(is_pow2(1 << 62), is_pow2((1 << 62) + 1), is_pow2(-4), bit_length(1 << 62))
    total = 0
    for n in range(1024):
        total += popcount(n)
    print("total bits 0..1023:", total)
    parity = 0
    x = 0x1234_5678_9ABC_DEF0
    while x:
        parity ^= x & 1
        x >>= 1
    print("parity", parity, popcount(0x123456789ABCDEF0) % 2)


main()
