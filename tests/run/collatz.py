# Collatz sequences: lengths, peaks and the longest chain below a bound.


def collatz_len(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def collatz_peak(n: int) -> int:
    peak = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        peak = max(peak, n)
    return peak


def show_sequence(n: int) -> None:
    print(n, end="")
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        print(" ->", n, end="")
    print()


def main() -> None:
    show_sequence(6)
    show_sequence(7)
    show_sequence(1)
    for n in range(1, 16):
        print(n, collatz_len(n), collatz_peak(n))
    best = 1
    best_len = 0
    for n in range(1, 1000):
        l = collatz_len(n)
        if l > best_len:
            best = n
            best_len = l
    print("longest below 1000:", best, "with", best_len, "steps")
    print(collatz_len(27), collatz_peak(27), collatz_len(837799), collatz_peak(837799))


if __name__ == "__main__":
    main()
