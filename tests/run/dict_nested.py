# Nested dicts: dict[str, list[tuple[int, float]]], dict of dicts, grouping and aggregating.

READINGS = [
    ("north", 1, 12.5),
    ("south", 1, 18.0),
    ("north", 2, 11.25),
    ("east", 1, 15.5),
    ("south", 2, 19.75),
    ("north", 3, 13.0),
]


def main() -> None:
    by_station: dict[str, list[tuple[int, float]]] = {}
    for station, day, temp in READINGS:
        if station not in by_station:
            by_station[station] = []
        by_station[station].append((day, temp))
    print(by_station)
    for station, rows in by_station.items():
        temps = [t for _, t in rows]
        print(station, len(rows), min(temps), max(temps), sum(temps) / len(temps))
    matrix: dict[str, dict[str, int]] = {}
    edges = [("a", "b", 3), ("b", "c", 1), ("a", "c", 7), ("c", "a", 2)]
    for src, dst, weight in edges:
        matrix.setdefault(src, {})[dst] = weight
    print(matrix)
    print(matrix["a"], matrix.get("d", {}), len(matrix["a"]))
    matrix["a"]["b"] += 10
    del matrix["a"]["c"]
    print(matrix)
    index: dict[str, dict[int, list[str]]] = {}
    words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "bean"]
    for w in words:
        inner = index.setdefault(w[0], {})
        inner.setdefault(len(w), []).append(w)
    print(index)
    summary = {k: {n: len(v) for n, v in inner_d.items()} for k, inner_d in index.items()}
    print(summary)
    flat = [(k, n, w) for k, inner_d in index.items() for n, ws in inner_d.items() for w in ws]
    print(flat[:3], len(flat))
    sets: dict[int, set[int]] = {}
    for i in range(12):
        sets.setdefault(i % 3, set()).add(i * i % 7)
    print(sets)
    tuples: dict[tuple[int, int], list[str]] = {(0, 0): ["origin"]}
    tuples[(1, 2)] = []
    tuples[(1, 2)].append("p")
    print(tuples)


if __name__ == "__main__":
    main()
