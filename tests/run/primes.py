# Primes by trial division: listing, counting, factorising, twin primes.


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0 or n % 3 == 0:
        return False
    d = 5
    while d * d <= n:
        if n % d == 0 or n % (d + 2) == 0:
            return False
        d += 6
    return True


def factorize(n: int) -> str:
    out = ""
    d = 2
    while d * d <= n:
        while n % d == 0:
            out = out + str(d) + " "
            n //= d
        d += 1
    if n > 1:
        out = out + str(n)
    return out


def main() -> None:
    line = ""
    count = 0
    for n in range(100):
        if is_prime(n):
            line = line + str(n) + " "
            count += 1
    print(line)
    print("primes below 100:", count)
    total = 0
    for n in range(2000):
        if is_prime(n):
            total += 1
    print("primes below 2000:", total)
    for n in range(2, 30, 3):
        print(n, "=", factorize(n))
    print(factorize(9999991), "|", factorize(600851475143), "|", factorize(2 ** 40 - 1))
    twins = 0
    for p in range(3, 1000, 2):
        if is_prime(p) and is_prime(p + 2):
            twins += 1
            if p > 800:
                print("twin", p, p + 2)
    print("twin pairs below 1000:", twins)
    print(is_prime(1000000007), is_prime(999983), is_prime(1000000000000))


main()
