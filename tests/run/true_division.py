# The / operator always produces a float, even for exactly divisible ints.


def ratio(a: int, b: int) -> float:
    return a / b


def main() -> None:
    print(6 / 3, 7 / 2, -7 / 2, 7 / -2, 0 / 5, 0 / -5)
    print(1 / 3, 2 / 3, 1 / 7, 10 / 3)
    print(1 / 1, 100 / 10, -100 / 10)
    print(ratio(22, 7), ratio(355, 113))
    print(ratio(1, 1000000), ratio(1, 10000000))
    print(ratio(1000000000, 3), ratio(9007199254740991, 1))
    print(7.0 / 2, 7 / 2.0, 7.5 / 2.5, 1e300 / 1e-10)
    print(-0.0 / 5, 0.0 / -5, 1.0 / 3.0 * 3.0)
    total = 0
    for i in range(1, 11):
        total += i
    mean = total / 10
    print("mean", mean)
    x: float = 1.0
    for i in range(10):
        x /= 2
    print(x)
    y: float = 3.0
    y /= 3
    print(y)
    for n in range(1, 8):
        print(n, 1 / n, n / 7)
    print(True / 2, 3 / True)
    print(5 / 2 == 2.5, 4 / 2 == 2)


main()
