# Ends with an uncaught RecursionError from a recursive function whose base case is never reached.


def sum_down(n: int) -> int:
    if n == 0:
        return 0
    return n + sum_down(n - 2)


def depth(n: int) -> int:
    return 0 if n <= 0 else 1 + depth(n - 2)


def main() -> None:
    print(sum_down(10), sum_down(100), depth(7), depth(100))
    print("now an odd start...")
    print(sum_down(7))
    print("not reached")


if __name__ == "__main__":
    main()
