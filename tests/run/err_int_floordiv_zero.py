# Ends with ZeroDivisionError from integer floor division by zero.


def reduce_all(n: int) -> int:
    total = 0
    for d in range(n, -1, -1):
        total += 100 // d
        print("100 //", d, "=", 100 // d, "running total", total)
    return total


def main() -> None:
    print("start")
    print(7 // 2, -7 // 2)
    reduce_all(4)
    print("not reached")


main()
