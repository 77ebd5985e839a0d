# Ends with an uncaught ZeroDivisionError that passes through two finally blocks, which still print first.


def inner(values: list[int]) -> int:
    total = 0
    try:
        for v in values:
            total += 100 // v
            print("inner ok", v, total)
    finally:
        print("inner finally, total", total)
    return total


def outer(values: list[int]) -> int:
    try:
        return inner(values) * 2
    finally:
        print("outer finally")


def main() -> None:
    print("result", outer([5, 10]))
    print("result", outer([4, 0, 2]))
    print("not reached")


if __name__ == "__main__":
    main()
