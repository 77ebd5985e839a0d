# List comprehensions with several for and if clauses, nested comprehensions and conditional expressions.


def main() -> None:
    print([x * x for x in range(10) if x % 2 == 0])
    print([(i, j) for i in range(3) for j in range(i)])
    print([(i, j) for i in range(4) if i % 2 == 1 for j in range(4) if j > i])
    print([x for x in range(50) if x % 3 == 0 if x % 4 == 0])
    print([[i * j for j in range(1, 5)] for i in range(1, 4)])
    matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    print([row[i] for i in range(3) for row in matrix])
    print([[row[i] for row in matrix] for i in range(3)])
    print([x for row in matrix for x in row if x % 2 == 1])
    print(["even" if x % 2 == 0 else "odd" for x in range(5)])
    words = ["alpha", "beta", "gamma", "delta"]
    print([w.upper() for w in words if "l" in w])
    print([c for w in words for c in w if c in "aeiou"])
    print([len(w) for w in words], [w[::-1] for w in words])
    print([(w, i) for i, w in enumerate(words) if i % 2 == 0])
    print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
    triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
    print(triples)
    print([[c for c in w] for w in ["ab", "", "c"]])
    print([x for x in [3, 1, 2] if x > 5])
    flat = [x for sub in [[1], [2, 3], []] for x in sub]
    print(flat)
    print([float(x) / 4.0 for x in range(4)])
    print([str(x) * x for x in range(4)])
    print(sum([x for x in range(100) if x % 7 == 3]))
    d = {"a": 1, "b": 2}
    print([k * v for k, v in d.items()])
    print([[0] * n for n in range(4)])


if __name__ == "__main__":
    main()
