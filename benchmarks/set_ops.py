# Set workload on ints: set comprehensions, membership tests, add/discard, union/intersection/difference.


def main() -> None:
    n = 50000
    rounds = 7
    grand = 0
    for r in range(rounds):
        a = {(i * 37 + r) % 100003 for i in range(n)}
        b = {(i * 91 + 2 * r) % 100003 for i in range(n) if i % 3 != 0}
        u = a | b
        inter = a & b
        diff = a - b
        sym = a ^ b
        u2 = a.union(b)
        i2 = a.intersection(b)
        member = 0
        for x in range(0, 100003, 2):
            if x in a:
                member += 1
            if x not in b:
                member += 2
        c: set[int] = set()
        for x in range(n):
            c.add(x * x % 65537)
        for x in range(0, 65537, 5):
            c.discard(x)
        small = {x for x in inter if x % 10 == 0}
        s = 0
        for x in small:
            s += x
        print("round", r, "a", len(a), "b", len(b), "union", len(u), "inter", len(inter), "diff", len(diff),
              "sym", len(sym), "same", u == u2 and inter == i2, "member", member, "c", len(c), "small", len(small), s)
        grand += len(u) + len(inter) + member + len(c) + s % 1000
    print("grand", grand)


if __name__ == "__main__":
    main()
