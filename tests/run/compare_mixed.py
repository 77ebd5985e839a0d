# Comparisons between ints, floats and bools (values below 2**53), and
# between strings; results printed as bools.


def cmp(a: float, b: float) -> int:
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


def main() -> None:
    print(1 == 1.0, 2 != 2.0, 3 < 3.5, -1 > -1.5, 0 == -0.0, 0 <= -0.0)
    print(7 // 2 == 3, 7 / 2 == 3.5, 10 / 4 == 2.5, 1 / 3 == 0.3333333333333333)
    print(True == 1, False == 0.0, True > 0.5, True + 0.5 == 1.5)
    print(2 ** 53 == 2.0 ** 53, 2 ** 52 + 1 == 2.0 ** 52 + 1, 10 ** 15 < 1e15 + 1)
    print(cmp(1.0, 2.0), cmp(2.0, 1.0), cmp(1.5, 1.5), cmp(-0.0, 0.0), cmp(3.0, 2.999))
    print(1 < 2 != 3 > 2, 1 != 1.0, 5 == 5 > 4)
    x = 0.1 + 0.2
    print(x == 0.3, x > 0.3, x - 0.3 < 1e-15, abs(x - 0.3) <= 5.6e-17)
    for i in range(-2, 3):
        f = i / 2
        print(i, f, i < f, i == f, i > f, i <= f, i >= f, i != f)
    print(min(3, 5) == 3, max(2.5, 1.5) == 2.5, min(-1, -2) < max(-1, -2))
    print("a" == "a", "a" == "b", "abc" != "abc", "abc" > "abb", "10" > "9")
    print(len("abc") == 3, len("") < 1, str(5) == "5", str(5.0) == "5")
    print(int("5") == 5.0, float("5") == 5, str(True) == "True", bool("False"))
    a = 3
    b = 3.0
    if a == b:
        print("int 3 equals float 3.0")
    if not a != b:
        print("not (3 != 3.0)")
    n = 10
    while n != 0.0:
        n -= 5
    print("n reached", n)


main()
