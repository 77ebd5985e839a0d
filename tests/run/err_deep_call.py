# Ends with ZeroDivisionError raised several calls deep, after a partial line.


def level3(x: int) -> int:
    return 100 // (x - 3)


def level2(x: int) -> int:
    return level3(x) + 1


def level1(x: int) -> int:
    print("level1(", x, ")", end=" ")
    r = level2(x)
    print("->", r)
    return r


def main() -> None:
    total = 0
    for i in range(6):
        total += level1(i)
    print("total", total)


main()
