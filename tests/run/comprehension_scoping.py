# Comprehension scoping: loop variables do not leak, outer variables and globals are readable.

FACTOR = 3
x = 100


def main() -> None:
    i = 42
    squares = [i * i for i in range(5)]
    print(squares, i)
    n = 7
    mults = [n * k for k in range(4)]
    print(mults, n)
    y = -1
    evens = {y: y * 2 for y in range(3)}
    print(evens, y)
    z = 9
    zs = {z % 4 for z in range(10)}
    print(zs, z)
    print([x + k for k in range(3)], x)
    print([FACTOR * k for k in range(3)])
    limit = 3
    print([k for k in range(10) if k < limit])
    pairs = [(a, b) for a in range(3) for b in range(a, 3)]
    print(pairs)
    rows = [[r * 10 + c for c in range(r)] for r in range(4)]
    print(rows)
    total = 0
    for k in range(3):
        vals = [k + j for j in range(k)]
        total += sum(vals)
        print(k, vals)
    print(total, k)
    k = 10
    print([k for k in range(2)], k)
    words = ["a", "bb"]
    w = "outer"
    print([w * 2 for w in words], w)
    base = [1, 2, 3]
    shifted = [v + base[0] for v in base]
    base[0] = 50
    print(shifted, base)
    acc: list[int] = []
    copies = [acc for _ in range(2)]
    acc.append(1)
    print(copies)


if __name__ == "__main__":
    main()
