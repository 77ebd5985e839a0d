# Float exponentiation and mixed int/float powers.
import math


def root(x: float, n: int) -> float:
    return x ** (1 / n)


def main() -> None:
    print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 2.0 ** -1, 2.0 ** -2)
    print(10.0 ** 20, 10.0 ** -7, 10.0 ** 16, 10.0 ** 15, 1.5 ** 2)
    print((-2.0) ** 2, (-2.0) ** 3, (-0.5) ** 3, -2.0 ** 2, (-8.0) ** 1)
    print(0.0 ** 0, 0.0 ** 2, 0.0 ** 0.5, 1.0 ** -5, 2 ** 0.0)
    print(9 ** 0.5, 27 ** (1 / 3), 1e10 ** 0.5, 2.0 ** 0.5 ** 2)
    print(root(1024.0, 10), root(81.0, 4), root(2.0, 2))
    print(1.0001 ** 10000, (1 + 1 / 1000000) ** 1000000, math.e)
    print(2.0 ** 62, 2.0 ** 63, 2.0 ** 64, 2.0 ** 1023, 2.0 ** -1074)
    print(math.pow(2, 10), math.pow(2.5, 2), math.pow(4, -0.5), math.pow(0, 0))
    print(math.pow(-2, 3), math.pow(-8, 2), math.pow(2.0, 3.0) == 8.0)
    p: float = 1.0
    for i in range(10):
        p *= 1.5
        print(i, p, 1.5 ** (i + 1), p == 1.5 ** (i + 1))
    q: float = 2.0
    q **= 0.5
    print(q)
    q **= 4
    print(q)
    r: float = 3.0
    r **= -2
    print(r)
    n = 5
    print(n ** 0.5, n ** 2.0, (n * 1.0) ** 2, 2 ** -5 == 1 / 2 ** n)


if __name__ == "__main__":
    main()
