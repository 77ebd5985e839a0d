# str() of every scalar type; int() and float() parsing strings.


def parse_sum(a: str, b: str) -> int:
    return int(a) + int(b)


def main() -> None:
    print(str(42), str(-7), str(0), str(3.0), str(-2.5), str(1e20), str(1e-05))
    print(str(True), str(False), str("already"), str(""), str(0.1 + 0.2))
    print(str(123) + str(456), len(str(-123456)), str(2 ** 60))
    print(int("42"), int("  42 "), int("-17"), int("+5"), int("0"), int("-0"))
    print(int("007"), int("\t99\n"), int("1_000"), int("123456789012345678"))
    print(parse_sum("40", "2"), parse_sum(" -1", "1 "))
    print(float("1e5"), float("1.5"), float("-2.25"), float("  3.0  "), float("7"))
    print(float(".5"), float("5."), float("1E-3"), float("-0"), float("-0.0"))
    print(float("inf"), float("-inf"), float("nan"), float("+inf"), float("infinity"))
    print(float("1_000.5"), float("0.1"), float("1e308"), float("1e309"), float("1e-400"))
    print(float("123456789012345678901234567890"), float("0.30000000000000004"))
    print(int(str(12345)) == 12345, float(str(0.1)) == 0.1, str(int("08")))
    x = 3.14159
    s = str(x)
    print(s, len(s), s + "!", float(s) == x)
    y = -1234
    t = str(y)
    print(t, len(t), int(t + "0"), int(t) * 2)
    for v in range(-2, 3):
        print(str(v) + "->" + str(v * 0.5) + "->" + str(v > 0))
    print(int(float("2.9")), int(float("-2.9")), float(int("12")))
    print(str(float(10 ** 15)), str(float(10 ** 16)), str(1 / 3))


main()
