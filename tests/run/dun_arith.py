# Arithmetic dunders on a 2-D vector: __add__, __sub__, __mul__ (scalar and dot), __neg__, used in expressions and loops.
import math


class V2:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __add__(self, other: "V2") -> "V2":
        return V2(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "V2") -> "V2":
        return V2(self.x - other.x, self.y - other.y)

    def __mul__(self, k: float) -> "V2":
        return V2(self.x * k, self.y * k)

    def __neg__(self) -> "V2":
        return V2(-self.x, -self.y)

    def dot(self, other: "V2") -> float:
        return self.x * other.x + self.y * other.y

    def length(self) -> float:
        return math.sqrt(self.dot(self))

    def __repr__(self) -> str:
        return f"V2({self.x}, {self.y})"


class Poly:
    def __init__(self, coeffs: list[int]) -> None:
        self.c = coeffs

    def __add__(self, other: "Poly") -> "Poly":
        n = max(len(self.c), len(other.c))
        a = self.c + [0] * (n - len(self.c))
        b = other.c + [0] * (n - len(other.c))
        return Poly([a[i] + b[i] for i in range(n)])

    def __mul__(self, other: "Poly") -> "Poly":
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, x in enumerate(self.c):
            for j, y in enumerate(other.c):
                out[i + j] += x * y
        return Poly(out)

    def __neg__(self) -> "Poly":
        return Poly([-x for x in self.c])

    def __sub__(self, other: "Poly") -> "Poly":
        return self + (-other)

    def __repr__(self) -> str:
        return "Poly(" + repr(self.c) + ")"


def main() -> None:
    a = V2(1.0, 2.0)
    b = V2(0.5, -1.5)
    print(a + b, a - b, b - a, -a, a * 3.0, -(a + b) * 0.5)
    print(a.dot(b), (a + b).length(), V2(3.0, 4.0).length())
    pos = V2(0.0, 0.0)
    vel = V2(1.0, 0.5)
    acc = V2(0.0, -0.25)
    for step in range(5):
        pos = pos + vel
        vel = vel + acc
        print(step, pos, vel)
    total = V2(0.0, 0.0)
    for v in [V2(1.0, 1.0), V2(2.0, -3.0), V2(-0.5, 0.25)]:
        total = total + v * 2.0
    print(total)
    p = Poly([1, 1])
    q = Poly([1, -1])
    print(p + q, p - q, p * q, -p, p * p * p)
    r = Poly([1])
    for _ in range(4):
        r = r * p
    print(r, r - r, Poly([5, 0, 2]) + Poly([1]))


if __name__ == "__main__":
    main()
