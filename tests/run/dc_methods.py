# Dataclasses with regular methods, a @property, a @staticmethod and a @classmethod alternate constructor.
from dataclasses import dataclass, field


@dataclass
class Rational:
    num: int
    den: int

    @staticmethod
    def gcd(a: int, b: int) -> int:
        while b:
            a, b = b, a % b
        return abs(a)

    @classmethod
    def parse(cls, s: str) -> "Rational":
        a, b = s.split("/")
        return cls(int(a), int(b))

    def reduced(self) -> "Rational":
        g = Rational.gcd(self.num, self.den)
        return Rational(self.num // g, self.den // g)

    @property
    def value(self) -> float:
        return self.num / self.den

    def add(self, o: "Rational") -> "Rational":
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den).reduced()


@dataclass
class Cart:
    owner: str
    lines: list[tuple[str, int]] = field(default_factory=list)

    def put(self, name: str, cents: int) -> "Cart":
        self.lines.append((name, cents))
        return self

    @property
    def total(self) -> int:
        return sum([c for _, c in self.lines])

    def receipt(self) -> str:
        rows = [f"{k:<8}{v:>6}" for k, v in self.lines]
        return "\n".join(rows + [f"{'TOTAL':<8}{self.total:>6}"])


def main() -> None:
    r = Rational.parse("6/8")
    print(r, r.reduced(), r.value, r.reduced().value)
    print(Rational.gcd(12, 18), r.add(Rational(1, 4)), Rational.parse("1/3").add(Rational.parse("1/6")))
    acc = Rational(0, 1)
    for d in range(2, 6):
        acc = acc.add(Rational(1, d))
        print(acc, round(acc.value, 5))
    cart = Cart("ann")
    print(cart, cart.total)
    cart.put("milk", 129).put("bread", 250).put("milk", 129)
    print(cart)
    print(cart.receipt())
    print(Cart("bob").put("tea", 300) == Cart("bob", [("tea", 300)]))


if __name__ == "__main__":
    main()
