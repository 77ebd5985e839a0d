# Recursive merge sort and insertion sort on lists built from slices; checked against sorted().


def merge(a: list[int], b: list[int]) -> list[int]:
    out: list[int] = []
    i = 0
    j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def merge_sort(xs: list[int]) -> list[int]:
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    return merge(merge_sort(xs[:mid]), merge_sort(xs[mid:]))


def insertion_sort(xs: list[str]) -> list[str]:
    out = xs[:]
    for i in range(1, len(out)):
        cur = out[i]
        j = i - 1
        while j >= 0 and out[j] > cur:
            out[j + 1] = out[j]
            j -= 1
        out[j + 1] = cur
    return out


def lcg(seed: int, n: int) -> list[int]:
    out: list[int] = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 1000 - 500)
    return out


def main() -> None:
    data = lcg(7, 25)
    print(data)
    s = merge_sort(data)
    print(s)
    print(s == sorted(data), data != s, len(s))
    print(merge_sort([]), merge_sort([1]), merge_sort([2, 1]), merge_sort([3, 3, 1, 1]))
    print(merge([1, 4, 9], [2, 3, 10, 11]), merge([], [5]))
    big = lcg(42, 2000)
    sb = merge_sort(big)
    print(sb[:5], sb[-5:], all([sb[i] <= sb[i + 1] for i in range(len(sb) - 1)]), sb == sorted(big))
    words = "the quick brown fox jumps over the lazy dog".split()
    print(insertion_sort(words), insertion_sort(words) == sorted(words))


if __name__ == "__main__":
    main()
