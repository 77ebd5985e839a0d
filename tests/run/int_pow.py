# Integer exponentiation: precedence, associativity, signs, large results.


def power(base: int, exp: int) -> int:
    result = 1
    for _ in range(exp):
        result *= base
    return result


def main() -> None:
    print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
    print(-2 ** 2, (-2) ** 2, (-2) ** 3, -2 ** 3, 2 ** 3 ** 2, (2 ** 3) ** 2)
    print(2 ** 62, 2 ** 62 - 1 + 2 ** 62, -(2 ** 62) * 2)
    print(3 ** 39, 10 ** 18, 7 ** 22, (-3) ** 39)
    print(2 ** -1, 10 ** -2, 2 ** -3, 4 ** -1, (-2) ** -1)
    for e in range(0, 13):
        print(e, 3 ** e, (-2) ** e, power(5, e), 3 ** e == power(3, e))
    x = 3
    x **= 4
    print(x)
    x **= 2
    print(x)
    b = -7
    e = 5
    print(b ** e, -b ** e, (-b) ** e)
    print(2 ** 5 * 3, 2 * 3 ** 2, -3 ** 2 + 10, 2 ** -1 * 4)
    total = 0
    for i in range(1, 21):
        total += i ** 3
    print("sum of cubes 1..20 =", total, "square of sum =", (20 * 21 // 2) ** 2)
    print(True ** 5, 2 ** True, 2 ** False)


if __name__ == "__main__":
    main()
