# @staticmethod helpers called through the class, through an instance and from other methods.


class Temp:
    def __init__(self, celsius: float) -> None:
        self.celsius = celsius

    @staticmethod
    def c_to_f(c: float) -> float:
        return c * 9.0 / 5.0 + 32.0

    @staticmethod
    def f_to_c(f: float) -> float:
        return (f - 32.0) * 5.0 / 9.0

    @staticmethod
    def classify(c: float) -> str:
        if c < 0.0:
            return "freezing"
        if c < 20.0:
            return "mild"
        return "hot"

    def fahrenheit(self) -> float:
        return Temp.c_to_f(self.celsius)

    def label(self) -> str:
        return f"{self.celsius:.1f}C/{self.fahrenheit():.1f}F {self.classify(self.celsius)}"


class MathUtil:
    @staticmethod
    def gcd(a: int, b: int) -> int:
        while b:
            a, b = b, a % b
        return a

    @staticmethod
    def lcm(a: int, b: int) -> int:
        return a // MathUtil.gcd(a, b) * b

    @staticmethod
    def is_prime(n: int) -> bool:
        if n < 2:
            return False
        d = 2
        while d * d <= n:
            if n % d == 0:
                return False
            d += 1
        return True


def main() -> None:
    print(Temp.c_to_f(100.0), Temp.f_to_c(212.0), Temp.c_to_f(-40.0))
    for c in [-10.0, 0.0, 15.5, 37.0]:
        t = Temp(c)
        print(t.label())
    t = Temp(25.0)
    print(t.c_to_f(0.0), t.f_to_c(50.0), t.classify(-1.0))
    print(MathUtil.gcd(84, 36), MathUtil.lcm(4, 6), MathUtil.lcm(21, 6))
    print([n for n in range(30) if MathUtil.is_prime(n)])
    m = MathUtil()
    print(m.gcd(17, 5), m.is_prime(97))
    print(sorted([3.5, -2.0, 30.0, 12.0], key=lambda c: Temp.c_to_f(c)))


if __name__ == "__main__":
    main()
