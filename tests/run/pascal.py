# Pascal's triangle via recursion, via math.comb, and via a running product.
import math


def binom(n: int, k: int) -> int:
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)


def binom_iter(n: int, k: int) -> int:
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    r = 1
    for i in range(1, k + 1):
        r = r * (n - k + i) // i
    return r


def center(s: str, width: int) -> str:
    left = (width - len(s)) // 2
    right = width - len(s) - left
    return " " * left + s + " " * right


def main() -> None:
    rows = 10
    for n in range(rows):
        line = ""
        for k in range(n + 1):
            if k > 0:
                line += " "
            line += str(binom(n, k))
        print(center(line, 40) + "|")
    ok = True
    for n in range(0, 30):
        for k in range(0, n + 1):
            if binom_iter(n, k) != math.comb(n, k):
                ok = False
    print("iterative agrees with math.comb:", ok)
    print(binom_iter(60, 30), binom_iter(61, 30), binom_iter(10, -1), binom_iter(5, 9))
    total = 0
    for k in range(0, 16):
        total += binom_iter(15, k) * (-1) ** k
    print("alternating sum:", total)


if __name__ == "__main__":
    main()
