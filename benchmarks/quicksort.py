# In-place recursive quicksort (Hoare partition, middle pivot) of LCG-generated list[int], repeated.


def lcg_list(n: int, seed: int) -> list[int]:
    xs: list[int] = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        xs.append(x % 1000000)
    return xs


def quicksort(xs: list[int], lo: int, hi: int) -> None:
    if lo >= hi:
        return
    pivot = xs[(lo + hi) // 2]
    i = lo
    j = hi
    while i <= j:
        while xs[i] < pivot:
            i += 1
        while xs[j] > pivot:
            j -= 1
        if i <= j:
            xs[i], xs[j] = xs[j], xs[i]
            i += 1
            j -= 1
    quicksort(xs, lo, j)
    quicksort(xs, i, hi)


def is_sorted(xs: list[int]) -> bool:
    for k in range(1, len(xs)):
        if xs[k - 1] > xs[k]:
            return False
    return True


def main() -> None:
    n = 40000
    rounds = 9
    checksum = 0
    for r in range(rounds):
        xs = lcg_list(n, r + 1)
        quicksort(xs, 0, len(xs) - 1)
        ok = is_sorted(xs)
        weighted = 0
        for k in range(0, n, 97):
            weighted = (weighted * 31 + xs[k]) % 1000000007
        checksum = (checksum + weighted) % 1000000007
        print("round", r, "sorted", ok, "min", xs[0], "median", xs[n // 2], "max", xs[-1], "hash", weighted)
    print("checksum", checksum)


if __name__ == "__main__":
    main()
