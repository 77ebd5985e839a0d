# A Fraction class combining arithmetic, comparison, equality, hashing and str/repr dunders.


def gcd(a: int, b: int) -> int:
    a = abs(a)
    b = abs(b)
    while b:
        a, b = b, a % b
    return a


class Frac:
    def __init__(self, num: int, den: int) -> None:
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        self.num = num // g
        self.den = den // g

    def __add__(self, o: "Frac") -> "Frac":
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    def __sub__(self, o: "Frac") -> "Frac":
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __mul__(self, o: "Frac") -> "Frac":
        return Frac(self.num * o.num, self.den * o.den)

    def __neg__(self) -> "Frac":
        return Frac(-self.num, self.den)

    def __eq__(self, o: "Frac") -> bool:
        return self.num == o.num and self.den == o.den

    def __lt__(self, o: "Frac") -> bool:
        return self.num * o.den < o.num * self.den

    def __hash__(self) -> int:
        return self.num * 7919 + self.den

    def __str__(self) -> str:
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __repr__(self) -> str:
        return f"Frac({self.num}, {self.den})"


def harmonic(n: int) -> Frac:
    total = Frac(0, 1)
    for k in range(1, n + 1):
        total = total + Frac(1, k)
    return total


def main() -> None:
    half = Frac(1, 2)
    third = Frac(2, 6)
    print(half, third, repr(third), half + third, half - third, half * third, -half)
    print(third - half, Frac(4, -8), Frac(0, 5), Frac(6, 3))
    for n in range(1, 8):
        print(n, harmonic(n))
    fs = [Frac(3, 4), Frac(-1, 2), Frac(5, 8), Frac(1, 3), Frac(2, 4)]
    print(sorted(fs), min(fs), max(fs))
    print([str(f) for f in sorted(fs, reverse=True)])
    print(Frac(1, 2) == Frac(2, 4), Frac(1, 2) in fs, Frac(7, 8) in fs)
    uniq = set(fs + [Frac(6, 8), Frac(-2, 4)])
    print(len(uniq), Frac(-4, 8) in uniq)
    counts: dict[Frac, int] = {}
    for f in [Frac(1, 2), Frac(2, 4), Frac(1, 3), Frac(3, 6)]:
        counts[f] = counts.get(f, 0) + 1
    print(counts)
    x = Frac(1, 1)
    for _ in range(5):
        x = x * half + Frac(1, 1)
        print(x, end=" ")
    print()


if __name__ == "__main__":
    main()
