# Classic recursive functions: factorial, fibonacci, gcd, power, sum of digits.


def fact(n: int) -> int:
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def gcd(a: int, b: int) -> int:
    if b == 0:
        return a
    return gcd(b, a % b)


def fast_pow(base: int, exp: int) -> int:
    if exp == 0:
        return 1
    half = fast_pow(base, exp // 2)
    if exp % 2 == 0:
        return half * half
    return half * half * base


def digit_sum(n: int) -> int:
    if n < 10:
        return n
    return n % 10 + digit_sum(n // 10)


def depth(n: int) -> int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def hanoi(n: int, src: str, dst: str, via: str) -> int:
    if n == 0:
        return 0
    moves = hanoi(n - 1, src, via, dst)
    if n >= 3:
        print("move disk", n, "from", src, "to", dst)
    return moves + 1 + hanoi(n - 1, via, dst, src)


def main() -> None:
    for i in range(0, 21, 4):
        print("fact", i, fact(i))
    print(fact(20))
    print(fib(20), fib(1), fib(0))
    print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(270, 192), gcd(-12, 18), gcd(12, -18))
    print(fast_pow(2, 62), fast_pow(3, 0), fast_pow(-3, 3), fast_pow(7, 21))
    print(digit_sum(0), digit_sum(9), digit_sum(12345), digit_sum(9223372036854775807))
    print(depth(500))
    print("hanoi moves:", hanoi(4, "A", "C", "B"))


main()
