# Ends with ZeroDivisionError from integer modulo by zero.


def last_digit(n: int, base: int) -> int:
    return n % base


def main() -> None:
    for b in range(10, -1, -2):
        print("1234 %", b, "=", last_digit(1234, b))
    print("not reached")


if __name__ == "__main__":
    main()
