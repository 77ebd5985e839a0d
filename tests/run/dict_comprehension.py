# Dict comprehensions: from ranges, zip, items() filtering, inversion, nested and conditional values.

PRICES = {"apple": 0.5, "bread": 2.25, "cheese": 7.0, "dates": 4.5, "eggs": 3.0}


def main() -> None:
    sq = {n: n * n for n in range(6)}
    print(sq)
    odd_sq = {n: v for n, v in sq.items() if n % 2 == 1}
    print(odd_sq)
    names = ["ann", "bob", "cyd"]
    ages = [31, 25, 47]
    by_name = {n: a for n, a in zip(names, ages)}
    print(by_name)
    by_age = {a: n for n, a in by_name.items()}
    print(by_age)
    cheap = {k: v for k, v in PRICES.items() if v < 4.0}
    print(cheap)
    doubled = {k.upper(): v * 2.0 for k, v in PRICES.items()}
    print(doubled)
    labels = {k: ("cheap" if v < 3.0 else "dear") for k, v in PRICES.items()}
    print(labels)
    pairs = {(i, j): i * j for i in range(1, 4) for j in range(1, 4) if i <= j}
    print(pairs)
    lengths = {w: len(w) for w in "the quick brown fox jumps over the lazy dog".split()}
    print(lengths)
    firsts = {w[0]: w for w in ["alpha", "beta", "avocado", "banana", "cherry"]}
    print(firsts)
    table = {r: [r * c for c in range(1, 4)] for r in range(1, 4)}
    print(table)
    nested = {k: {c: c.upper() for c in k} for k in ["ab", "c"]}
    print(nested)
    empty = {k: v for k, v in PRICES.items() if v > 100.0}
    print(empty, len(empty))
    idx = {ch: i for i, ch in enumerate("hello")}
    print(idx)
    merged = {k: PRICES.get(k, 0.0) for k in ["eggs", "milk"]}
    print(merged)
    counts = {c: "mississippi".count(c) for c in sorted(set("mississippi"))}
    print(counts)


if __name__ == "__main__":
    main()
