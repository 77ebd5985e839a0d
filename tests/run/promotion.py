# int -> float promotion in mixed arithmetic. Storing an int in a float
# variable or parameter is rejected by multigen (CPython would keep the int),
# so the program converts explicitly where it stores.
import math


def half(x: float) -> float:
    return x / 2


def add_tenth(x: float) -> float:
    return x + 0.1


def mean3(a: float, b: float, c: float) -> float:
    return (a + b + c) / 3


def interest(principal: float, rate: float = 5.0, years: int = 1) -> float:
    return principal * (1 + rate / 100) ** years


def main() -> None:
    print(half(3.0), half(4.0), half(-7.0), half(2.5))
    print(add_tenth(1.0), add_tenth(0.0), add_tenth(-1.0))
    print(mean3(1.0, 2.0, 4.0), mean3(1.0, 2.5, 4.0), mean3(0.0, 0.0, 1.0))
    print(interest(1000.0), interest(1000.0, 3.0), interest(1000.0, rate=10.0, years=2))
    print(interest(principal=500.0, years=3), interest(100.0, 2.5, 4))
    total: float = 0.0
    for i in range(5):
        total += i * 0.5
    print(total)
    acc: float = 1.0
    for i in range(1, 6):
        acc = acc * 1.0 * i
    print(acc)
    x: float = float(5)
    print(x * 1.0, x / 1, x + 0.5, x > 4, x == 5, x < 5.5, -x * 1.0)
    print(math.sqrt(x), math.floor(x), math.ceil(x), round(x), x ** 0.5)
    y: float = 10.0
    y += 0.25
    print(y, y * 2, y // 1, y % 1)
    z: float = -3.0
    z /= 2
    print(z)
    n = 7
    ratio: float = n / 2
    print(ratio)
    w: float = float(n)
    w = w + 0.0
    print(w, w * 2, n * 2)
    print(1 + 0.5, 2 * 1.5, 3 - 0.5, 7 // 2.0, 7 % 2.0, 10 - 10.0, 0 * 1.5)
    print(n + 0.0, n * 1.0 == n, float(n), float(n) == n, float(-n))
    m = 2 ** 53
    print(m + 0.0, m + 1.0, float(m + 1), m * 1.0 == m)


if __name__ == "__main__":
    main()
