# Dict workload on int keys: comprehension, items() filtering, values(), insert, lookup, get and delete.


def main() -> None:
    n = 60000
    rounds = 8
    grand = 0
    for r in range(rounds):
        d = {i: (i * 2654435761 + r) % 1000003 for i in range(n)}
        even = {k: v for k, v in d.items() if v % 2 == 0}
        total = 0
        for v in d.values():
            total += v
        for i in range(n, n + n // 2):
            d[3 * i - 2 * n] = i % 1000
        hits = 0
        found = 0
        for i in range(0, 2 * n, 3):
            if i in d:
                hits += 1
                found += d[i]
        for i in range(0, n, 2):
            del d[i]
        misses = 0
        for i in range(0, n, 7):
            misses += d.get(i, -1)
        for k in list(even.keys())[::3]:
            even.pop(k)
        rest = 0
        for k, v in even.items():
            rest += k % 10 * v
        grand += total % 1000 + hits + found % 1000 + misses + rest % 1000
        print("round", r, "len", len(d), "even", len(even), "total", total, "hits", hits, "found", found,
              "misses", misses, "rest", rest)
    print("grand", grand)


if __name__ == "__main__":
    main()
