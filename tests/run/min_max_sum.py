# min/max/sum over iterables with key= and default=, ties returning the first, sums of ints and floats.


def neg(x: int) -> int:
    return -x


def main() -> None:
    xs = [4, -7, 12, 0, 12, -7]
    print(min(xs), max(xs), sum(xs), len(xs))
    print(min(xs, key=abs), max(xs, key=abs), min(xs, key=neg), max(xs, key=neg))
    empty: list[int] = []
    print(min(empty, default=-1), max(empty, default=99), sum(empty))
    print(max(xs, default=0), min([3], default=5))
    words = ["kiwi", "fig", "banana", "plum", "date"]
    print(min(words), max(words), min(words, key=len), max(words, key=len))
    print(max(words, key=lambda w: w[-1]), min(words, key=lambda w: (len(w), w)))
    fs = [0.5, 2.25, -1.75]
    print(min(fs), max(fs), sum(fs))
    print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))
    print(sum(range(101)), sum(range(0)), sum([True, True, False]))
    pairs = [("a", 3), ("b", 1), ("c", 3), ("d", 1)]
    print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
    print(max(pairs), min(pairs))
    print(max({5, 9, 2}), min({5, 9, 2}), sum({5, 9, 2}))
    d = {"x": 10, "y": -3, "z": 7}
    print(max(d), min(d), sum(d.values()), max(d.values()), min(d.items(), key=lambda kv: kv[1]))
    print(max("hello"), min("hello"), max(range(3, 9, 2)))
    nested = [[3, 4], [1, 2, 3], [9]]
    print(max(nested), min(nested, key=len), max(nested, key=sum), sum([sum(r) for r in nested]))
    print(min(7, 3, 5), max(2.5, 1.5), max("a", "b", "ab"))
    total = 0
    for row in nested:
        total += max(row) - min(row)
    print(total)
    print(min(empty, key=neg, default=0), max([(1, "z")], default=(0, "")))


if __name__ == "__main__":
    main()
