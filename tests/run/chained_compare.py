# Chained comparisons evaluate each middle operand exactly once and stop early.

calls = 0


def v(label: str, x: int) -> int:
    global calls
    calls += 1
    print("eval", label, "->", x)
    return x


def fv(label: str, x: float) -> float:
    global calls
    calls += 1
    print("evalf", label, "->", x)
    return x


def main() -> None:
    print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1 == 1, 1 == 1 != 2)
    print(1 < 2 <= 2 < 3 != 4 > 0 >= 0, 5 > 4 > 3 > 2 > 1 > 0 > -1)
    print(3 > 2 == True, (3 > 2) == True, 0 < 0.5 < 1, -1 < -0.5 < -0.0 <= 0)
    print(v("a", 1) < v("b", 2) < v("c", 3))
    print("calls", calls)
    print(v("a", 1) < v("b", 0) < v("c", 3))
    print("calls", calls)
    print(v("a", 5) > v("b", 4) >= v("c", 4) == v("d", 4) != v("e", 5))
    print("calls", calls)
    print(v("a", 5) == v("b", 5) == v("c", 6) == v("d", 6))
    print("calls", calls)
    print(fv("x", 0.5) < fv("y", 1.5) < fv("z", 1.0))
    print("calls", calls)
    x = 5
    if 0 <= x < 10:
        print(x, "is a digit")
    if not 0 <= x - 10 < 10:
        print(x - 10, "is not a digit")
    lo = 3
    hi = 7
    for i in range(0, 11, 2):
        print(i, lo <= i <= hi, lo < i < hi, not lo < i < hi)
    s = "m"
    print("a" < s < "z", "a" <= "a" < "b", "b" < s <= "m" < "n")
    y = v("mid", 4)
    print(2 < y < 6, 2 < y > 6, 2 > y < 6)
    print(1 < 2 > 0 < 5, (1 < 2) < 3, 1 < (2 < 3))
    print("total calls", calls)


if __name__ == "__main__":
    main()
