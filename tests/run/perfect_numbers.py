# Divisor sums: perfect, abundant and deficient numbers, amicable pairs.


def divisor_sum(n: int) -> int:
    if n < 2:
        return 0
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
        d += 1
    return total


def main() -> None:
    perfect = ""
    abundant = 0
    deficient = 0
    for n in range(1, 2000):
        s = divisor_sum(n)
        if s == n:
            perfect += str(n) + " "
        elif s > n:
            abundant += 1
        else:
            deficient += 1
    print("perfect:", perfect)
    print("abundant:", abundant, "deficient:", deficient, "sum:", abundant + deficient)
    for a in range(2, 1500):
        b = divisor_sum(a)
        if b > a and divisor_sum(b) == a:
            print("amicable pair", (a, b))
    print(divisor_sum(8128) == 8128, divisor_sum(33550336) == 33550336)
    for n in range(1, 13):
        s = divisor_sum(n)
        kind = "perfect" if s == n else "abundant" if s > n else "deficient"
        print(n, s, kind, round(s / n, 3))


main()
