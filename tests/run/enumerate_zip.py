# enumerate (with start) and zip (two and three iterables, unequal lengths) over lists, strings, dicts.


def main() -> None:
    fruits = ["apple", "banana", "cherry"]
    for i, f in enumerate(fruits):
        print(i, f)
    for i, f in enumerate(fruits, 1):
        print(f"{i}. {f}")
    for i, f in enumerate(fruits, start=-1):
        print(i, f, end=" ")
    print()
    print(list(enumerate("abc")), list(enumerate([10, 20], 5)))
    prices = [0.5, 0.25, 3.0]
    counts = [3, 10]
    for f, p in zip(fruits, prices):
        print(f, p)
    print(list(zip(fruits, counts)))
    print(list(zip(fruits, prices, counts)))
    print(list(zip("abcd", range(10))), list(zip([1, 2], "")))
    total = 0.0
    for p, c in zip(prices, counts):
        total += p * float(c)
    print(total)
    d = {"x": 1, "y": 2, "z": 3}
    for i, (k, v) in enumerate(d.items()):
        print(i, k, v, end="; ")
    print()
    for k, n in zip(d, range(100, 200)):
        print(k, n, end=" ")
    print()
    a = [1, 2, 3, 4]
    diffs = [b - a0 for a0, b in zip(a, a[1:])]
    print(diffs)
    pairs = list(zip(a[::2], a[1::2]))
    print(pairs)
    names = [n for _, n in sorted(zip([3, 1, 2], ["c", "a", "b"]))]
    print(names)
    idx_of_max = 0
    for i, v in enumerate([4, 9, 2, 9]):
        if v > [4, 9, 2, 9][idx_of_max]:
            idx_of_max = i
    print(idx_of_max)
    matrix = [[1, 2], [3, 4], [5, 6]]
    cols = [[row[j] for row in matrix] for j in range(2)]
    print(cols, list(zip(cols[0], cols[1])))
    print(dict(zip(fruits, enumerate(prices))))


if __name__ == "__main__":
    main()
