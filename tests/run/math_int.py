# math module functions returning ints: floor, ceil, trunc, gcd, factorial,
# isqrt, comb, perm.
import math


def main() -> None:
    print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5))
    print(math.floor(2.5), math.ceil(2.5), math.trunc(2.5), round(2.5))
    print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.floor(-0.0), math.ceil(-0.0))
    print(math.floor(7), math.ceil(-7), math.trunc(0), math.floor(1e18), math.ceil(-1e18))
    print(math.floor(2.9999999999999996), math.ceil(2.0000000000000004), math.floor(-1e-300))
    print(math.floor(4.5) + 1, math.ceil(4.5) * 2, math.floor(9.99) // 2)
    print(math.gcd(12, 18), math.gcd(17, 5), math.gcd(0, 9), math.gcd(0, 0), math.gcd(-12, 18))
    print(math.gcd(12, -18), math.gcd(-12, -18), math.gcd(2 ** 40, 6 ** 20), math.gcd(1071, 462))
    for n in range(0, 21, 5):
        print("factorial", n, math.factorial(n))
    print(math.factorial(0), math.factorial(1), math.factorial(2), math.factorial(20))
    print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(17))
    print(math.isqrt(10 ** 18), math.isqrt(10 ** 18 - 1), math.isqrt(9223372036854775807))
    print(math.isqrt(4503599761588224), math.isqrt(4503599761588223))
    print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(10, 11), math.comb(52, 5))
    print(math.comb(50, 25), math.comb(60, 30), math.comb(0, 0), math.comb(1, 5))
    print(math.perm(5, 2), math.perm(10, 0), math.perm(10, 10), math.perm(10, 11), math.perm(20, 10))
    print(math.perm(5, 5), math.perm(0, 0), math.perm(20, 20), math.perm(7, 1))
    row = ""
    for k in range(0, 11):
        row = row + str(math.comb(10, k)) + " "
    print(row)
    s = 0
    for k in range(0, 21):
        s += math.comb(20, k)
    print(s, 2 ** 20, s == 2 ** 20)
    print(math.factorial(10) // math.factorial(7), math.perm(10, 3))
    a = 84
    b = 36
    print("lcm", a * b // math.gcd(a, b))


main()
