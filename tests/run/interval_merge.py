# Merging intervals stored as list[tuple[int, int]], computing coverage, gaps and point queries.


def merge(iv: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(iv):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def gaps(merged: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(a[1], b[0]) for a, b in zip(merged, merged[1:])]


def covered(merged: list[tuple[int, int]], x: int) -> bool:
    lo = 0
    hi = len(merged) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        a, b = merged[mid]
        if x < a:
            hi = mid - 1
        elif x > b:
            lo = mid + 1
        else:
            return True
    return False


def main() -> None:
    cases = [
        [(1, 3), (2, 6), (8, 10), (15, 18)],
        [(1, 4), (4, 5)],
        [(5, 7), (1, 2), (2, 3), (6, 9), (20, 21), (0, 1)],
        [],
        [(3, 3)],
        [(1, 10), (2, 3), (4, 5)],
    ]
    for iv in cases:
        m = merge(iv)
        total = sum([b - a for a, b in m])
        print(iv, "->", m, "len", total, "gaps", gaps(m))
    m = merge(cases[2])
    print([x for x in range(-1, 23) if covered(m, x)])
    print([x for x in range(-1, 23) if not covered(m, x)])


if __name__ == "__main__":
    main()
