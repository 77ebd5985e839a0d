# CPython's iteration order of int sets: small, negative, large and colliding values, after removals.


def main() -> None:
    print({5, 1, 3})
    print({100, 1, 50, 8})
    print({-1, -2, 0, 1, 2})
    print({8, 16, 0, 24})
    print({1000, 2000, 3000})
    print({2 ** 40, 7, 2 ** 33})
    s: set[int] = set()
    for i in range(20, 0, -3):
        s.add(i)
    print(s)
    s.discard(8)
    s.add(40)
    print(s)
    t = {i * i for i in range(12)}
    print(t)
    u = set(range(10, -10, -2))
    print(u)
    print(list({9, 8, 7, 6, 5, 4, 3, 2, 1}))
    v = {3, 11, 19}
    print(v, v | {27})
    w = {i for i in range(0, 64, 8)}
    print(w)
    big: set[int] = set()
    for i in range(40):
        big.add((i * 37) % 101)
    print(big)
    print([x for x in {12, 4, 9}])
    print(sum({1, 2, 3}), max({4, 2}), sorted({5, -5}))
    print(str({7, 3}), repr({0}))


if __name__ == "__main__":
    main()
