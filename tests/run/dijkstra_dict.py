# Dijkstra's shortest paths over dict[str, list[tuple[str, int]]] with a linear-scan frontier.

GRAPH = {
    "A": [("B", 7), ("C", 9), ("F", 14)],
    "B": [("A", 7), ("C", 10), ("D", 15)],
    "C": [("A", 9), ("B", 10), ("D", 11), ("F", 2)],
    "D": [("B", 15), ("C", 11), ("E", 6)],
    "E": [("D", 6), ("F", 9)],
    "F": [("A", 14), ("C", 2), ("E", 9)],
    "G": [],
}


def dijkstra(graph: dict[str, list[tuple[str, int]]], src: str) -> tuple[dict[str, int], dict[str, str]]:
    dist = {src: 0}
    prev: dict[str, str] = {}
    done: set[str] = set()
    while True:
        best = ""
        best_d = -1
        for node, d in dist.items():
            if node not in done and (best_d < 0 or d < best_d):
                best = node
                best_d = d
        if best_d < 0:
            break
        done.add(best)
        for nxt, w in graph[best]:
            nd = best_d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = best
    return dist, prev


def route(prev: dict[str, str], src: str, dst: str) -> str:
    hops = [dst]
    while hops[-1] != src:
        hops.append(prev[hops[-1]])
    return " -> ".join(reversed(hops))


def main() -> None:
    dist, prev = dijkstra(GRAPH, "A")
    print(dist)
    print(prev)
    for node in sorted(dist):
        print(f"{node}: {dist[node]:>3}  via {route(prev, 'A', node)}")
    unreachable = [n for n in GRAPH if n not in dist]
    print("unreachable:", unreachable)
    d2, _ = dijkstra(GRAPH, "E")
    print(sorted(d2.items(), key=lambda kv: (kv[1], kv[0])))
    total = sum([len(v) for v in GRAPH.values()])
    print(total, max(GRAPH, key=lambda k: len(GRAPH[k])))


if __name__ == "__main__":
    main()
