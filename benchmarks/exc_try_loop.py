# The cost of `try` when nothing is raised: exc_plain_loop.py is the same
# loop without the try/except. Compare the two rows of the benchmark table.


def step(x: int, d: int) -> int:
    if d == 0:
        raise ZeroDivisionError("d must not be zero")
    return (x * 31 + 7) % d


def main() -> None:
    total = 0
    for r in range(10):
        for i in range(3000000):
            try:
                total += step(i + r, (i % 13) + 1)
            except ZeroDivisionError:
                total -= 1
        print("round", r, total)
    print("total", total)


main()
