# The loop of exc_try_loop.py without the try/except around the call.


def step(x: int, d: int) -> int:
    if d == 0:
        raise ZeroDivisionError("d must not be zero")
    return (x * 31 + 7) % d


def main() -> None:
    total = 0
    for r in range(10):
        for i in range(3000000):
            total += step(i + r, (i % 13) + 1)
        print("round", r, total)
    print("total", total)


main()
