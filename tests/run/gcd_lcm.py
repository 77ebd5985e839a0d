# Euclid's algorithm (iterative and extended), lcm and coprimality tables.
import math


def gcd(a: int, b: int) -> int:
    a = abs(a)
    b = abs(b)
    while b:
        a, b = b, a % b
    return a


def lcm(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    return abs(a // gcd(a, b) * b)


def ext_gcd(a: int, b: int) -> tuple[int, int, int]:
    if b == 0:
        return (a, 1, 0)
    g, x, y = ext_gcd(b, a % b)
    return (g, y, x - (a // b) * y)


def mod_inverse(a: int, m: int) -> int:
    g, x, _ = ext_gcd(a, m)
    if g != 1:
        return -1
    return x % m


def main() -> None:
    pairs = 0
    for a in range(-12, 13, 6):
        for b in range(0, 25, 8):
            print(a, b, gcd(a, b), math.gcd(a, b), lcm(a, b))
            pairs += 1
    print("pairs", pairs)
    print(ext_gcd(240, 46), ext_gcd(17, 5), ext_gcd(5, 17), ext_gcd(0, 7))
    for m in range(2, 12, 3):
        row = ""
        for a in range(1, m):
            row = row + str(mod_inverse(a, m)) + " "
        print("inverses mod", m, ":", row)
    acc = 1
    for i in range(1, 21):
        acc = lcm(acc, i)
    print("lcm(1..20) =", acc)
    coprime = 0
    for a in range(1, 31):
        for b in range(1, 31):
            if gcd(a, b) == 1:
                coprime += 1
    print("coprime pairs in 1..30:", coprime, coprime / 900, 6 / math.pi ** 2)
    print(gcd(9223372036854775807, 3), gcd(2 ** 62, 2 ** 40 * 3), lcm(2 ** 31, 3 ** 19))


main()
