# Union-find with path compression on list[int] parents; grouping into components and Kruskal's MST.


def find(parent: list[int], x: int) -> int:
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:
        nxt = parent[x]
        parent[x] = root
        x = nxt
    return root


def union(parent: list[int], size: list[int], a: int, b: int) -> bool:
    ra = find(parent, a)
    rb = find(parent, b)
    if ra == rb:
        return False
    if size[ra] < size[rb]:
        ra, rb = rb, ra
    parent[rb] = ra
    size[ra] += size[rb]
    return True


def main() -> None:
    n = 10
    parent = list(range(n))
    size = [1] * n
    for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9), (3, 0)]:
        print((a, b), union(parent, size, a, b), end="; ")
    print()
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(parent, i), []).append(i)
    print(sorted(groups.values()))
    print(parent, size)
    edges = [(7, 0, 1), (5, 0, 3), (8, 1, 2), (9, 1, 3), (7, 1, 4), (5, 2, 4), (15, 3, 4),
             (6, 3, 5), (8, 4, 5), (9, 4, 6), (11, 5, 6)]
    parent = list(range(7))
    size = [1] * 7
    tree: list[tuple[int, int, int]] = []
    for w, a, b in sorted(edges):
        if union(parent, size, a, b):
            tree.append((a, b, w))
    print(tree, sum([w for _, _, w in tree]), len(tree))
    labels = "ABCDEFG"
    print(" ".join([f"{labels[a]}{labels[b]}={w}" for a, b, w in tree]))


if __name__ == "__main__":
    main()
