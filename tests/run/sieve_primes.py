# Sieve of Eratosthenes with list[bool], prime factorization into dict[int, int], and twin primes.


def sieve(n: int) -> list[int]:
    is_p = [True] * (n + 1)
    is_p[0] = False
    is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k in range(n + 1) if is_p[k]]


def factorize(n: int, primes: list[int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            out[p] = out.get(p, 0) + 1
            n //= p
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out


def show(f: dict[int, int]) -> str:
    return " * ".join([str(p) if e == 1 else f"{p}^{e}" for p, e in f.items()])


def main() -> None:
    ps = sieve(100)
    print(ps, len(ps))
    big = sieve(100000)
    print(len(big), big[-3:], sum(big) % 1000007)
    for n in [1, 2, 12, 360, 997, 1001, 65536, 999999, 600851475143]:
        f = factorize(n, big)
        print(n, f, show(f))
    pset = set(big)
    twins = [(p, p + 2) for p in big if p + 2 in pset]
    print(len(twins), twins[:6], twins[-1])
    gaps: dict[int, int] = {}
    for a, b in zip(big, big[1:]):
        gaps[b - a] = gaps.get(b - a, 0) + 1
    print(sorted(gaps.items())[:8], max(gaps))


if __name__ == "__main__":
    main()
