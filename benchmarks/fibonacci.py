# Naive recursive Fibonacci: prints fib(n) for n = 0..29 and their total.


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main() -> None:
    total = 0
    for n in range(30):
        value = fib(n)
        total += value
        print("fib(" + str(n) + ") =", value)
    print("total =", total)


if __name__ == "__main__":
    main()
