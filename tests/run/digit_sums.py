# Digit manipulation with // and %: sums, reversal, palindromes, Armstrong
# numbers, digital roots and base conversion into strings.


def digit_sum(n: int) -> int:
    n = abs(n)
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


def reverse(n: int) -> int:
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r


def digital_root(n: int) -> int:
    while n >= 10:
        n = digit_sum(n)
    return n


def digit_char(d: int) -> str:
    if d < 10:
        return str(d)
    if d < 13:
        return "A" if d == 10 else "B" if d == 11 else "C"
    return "D" if d == 13 else "E" if d == 14 else "F"


def to_base(n: int, base: int) -> str:
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    n = abs(n)
    while n > 0:
        out = digit_char(n % base) + out
        n //= base
    return "-" + out if neg else out


def is_armstrong(n: int) -> bool:
    return sum_pow_digits(n, len(str(n))) == n


def sum_pow_digits(n: int, k: int) -> int:
    s = 0
    while n > 0:
        s += (n % 10) ** k
        n //= 10
    return s


def main() -> None:
    print(digit_sum(12345), digit_sum(-9876), digit_sum(0), digit_sum(9223372036854775807))
    print(reverse(12345), reverse(1200), reverse(7), reverse(1000000000000000001))
    print(digital_root(987654321), digital_root(9), digital_root(10), digital_root(0))
    pal = ""
    for n in range(100, 200):
        if reverse(n) == n:
            pal = pal + str(n) + " "
    print("palindromes:", pal)
    arm = ""
    for n in range(1, 1000):
        if is_armstrong(n):
            arm = arm + str(n) + " "
    print("armstrong:", arm)
    for b in range(2, 17, 7):
        print(b, to_base(255, b), to_base(-255, b), to_base(0, b), to_base(1000000, b))
    print(to_base(9223372036854775807, 16), to_base(-9223372036854775807, 2))
    print(int(to_base(987654321, 10)) == 987654321, len(to_base(2 ** 40, 2)))


main()
