# divmod on ints and floats returns a tuple (floor quotient, remainder).


def check(a: int, b: int) -> None:
    q, r = divmod(a, b)
    print("divmod(", a, ",", b, ") =", (q, r), q == a // b and r == a % b)


def checkf(a: float, b: float) -> None:
    t = divmod(a, b)
    q, r = t
    print(t, q, r)


def main() -> None:
    print(divmod(7, 2))
    print(divmod(-7, 2))
    print(divmod(7, -2))
    print(divmod(-7, -2))
    print(divmod(0, 3))
    print(divmod(7.5, 2))
    print(divmod(-7.5, 2))
    print(divmod(7.5, -2))
    print(divmod(7, 2.5))
    print(divmod(-0.0, 1.0))
    print(divmod(0.0, -1.0))
    for a in range(-10, 11, 5):
        for b in range(-4, 5, 3):
            check(a, b)
    checkf(1.0, 0.1)
    checkf(-1.0, 0.3)
    checkf(1e18, 7.0)
    checkf(-2.5, -0.5)
    hours, minutes = divmod(500, 60)
    print(hours, "h", minutes, "min")
    days, rest = divmod(1000000, 86400)
    h, rest = divmod(rest, 3600)
    m, s = divmod(rest, 60)
    print(days, h, m, s, sep=":")
    print(divmod(9000000000000000000, 1000000007))
    print(divmod(-9000000000000000000, 1000000007))


if __name__ == "__main__":
    main()
