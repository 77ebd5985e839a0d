# Unary minus, plus, invert and not, and their precedence.


def neg(x: int) -> int:
    return -x


def main() -> None:
    a = 5
    b = -3
    f = 2.5
    print(-a, +a, ~a, not a, -b, +b, ~b, not b)
    print(-f, +f, not f, -(-f), -0.0, +(-0.0), -(0.0))
    print(--a, -+a, +-a, ~~a, ~-a, -~a, not not a)
    print(-a ** 2, (-a) ** 2, -a * -a, -(a - 10), ~a + 1 == -a)
    print(not a == 5, not (a == 5), (not a) == 5, not a > 10)
    print(-2 ** -1, -(2 ** -1), (-2) ** -1)
    print(neg(neg(7)), neg(0), neg(-9223372036854775807))
    print(-True, +True, -False, not -1, not 0.0, not -0.0)
    print(- 3, + 4, ~ 0, - - - 1)
    print(-a // 2, -(a // 2), -a % 3, -(a % 3), ~a // 2, ~(a // 2))
    print(not "", not "x", -len("abc"), ~len(""))
    x = 0
    for i in range(5):
        x = -x + i
        print(x, end=" ")
    print()
    flag = False
    for i in range(3):
        flag = not flag
        print(flag, end=" ")
    print()
    print(-f * 2, -f ** 2, (-f) ** 2, -f // 1, -f % 1)
    print(-(1 + 2) * 3, -1 + 2 * 3, -(2 ** 3 ** 2))


main()
