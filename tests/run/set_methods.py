# Every set method on ints: add remove discard pop union intersection difference symmetric_difference issubset.


def main() -> None:
    s = {3, 1, 4}
    s.add(1)
    s.add(5)
    print(s, len(s))
    s.remove(3)
    s.discard(3)
    s.discard(9)
    print(s)
    a = {1, 2, 3, 4}
    b = {3, 4, 5, 6}
    print(a.union(b), a.intersection(b), a.difference(b), b.difference(a))
    none: set[int] = set()
    print(a.symmetric_difference(b), a.issubset(b), {3, 4}.issubset(a), none.issubset(a))
    print(a, b)
    print(a.union({7, 8}), a.intersection(set(range(3))), a.difference({1, 2}))
    c: set[int] = set()
    for v in [5, 3, 5, 1, 3]:
        c.add(v)
    print(c, sorted(c))
    popped: list[int] = []
    while c:
        popped.append(c.pop())
    print(popped, c)
    e = {10, 20}
    print(e.pop(), e)
    words = {"b", "a", "c"}
    words.discard("a")
    words.add("d")
    print(sorted(words), "b" in words, "a" in words)
    u = a.union(b).union({0})
    print(u, len(u))
    print(set([3, 3, 2]), set(range(4)), set("aab") == {"a", "b"})
    t = {(1, 2), (3, 4)}
    t.add((1, 2))
    print(len(t), (3, 4) in t, sorted(t))
    fs = {0.5, 1.5}
    fs.add(0.5)
    print(sorted(fs), len(fs))
    x = {1, 2}
    y = x.union(none)
    y.add(3)
    print(x, y)


if __name__ == "__main__":
    main()
