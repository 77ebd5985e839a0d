# Breadth-first search on an adjacency dict[int, list[int]]: distances, parents, shortest paths, components.


def bfs(adj: dict[int, list[int]], start: int) -> dict[int, int]:
    dist = {start: 0}
    queue = [start]
    head = 0
    while head < len(queue):
        u = queue[head]
        head += 1
        for v in adj[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist


def path(adj: dict[int, list[int]], src: int, dst: int) -> list[int]:
    parent: dict[int, int] = {src: src}
    queue = [src]
    while queue:
        u = queue.pop(0)
        if u == dst:
            break
        for v in adj[u]:
            if v not in parent:
                parent[v] = u
                queue.append(v)
    if dst not in parent:
        return []
    out = [dst]
    while out[-1] != src:
        out.append(parent[out[-1]])
    out.reverse()
    return out


def main() -> None:
    edges = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (5, 6), (4, 7), (7, 8), (2, 8)]
    adj: dict[int, list[int]] = {i: [] for i in range(10)}
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    print(adj)
    print(bfs(adj, 0))
    print(bfs(adj, 5), bfs(adj, 9))
    print(path(adj, 0, 7), path(adj, 6, 5), path(adj, 0, 6), path(adj, 4, 4))
    seen: set[int] = set()
    comps: list[list[int]] = []
    for node in adj:
        if node not in seen:
            comp = sorted(bfs(adj, node))
            seen |= set(comp)
            comps.append(comp)
    print(comps, len(comps))
    far = max(bfs(adj, 0).items(), key=lambda kv: kv[1])
    print(far)
    levels: dict[int, list[int]] = {}
    for node, d in bfs(adj, 0).items():
        levels.setdefault(d, []).append(node)
    print(levels)


if __name__ == "__main__":
    main()
