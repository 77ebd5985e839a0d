# Topological sort (Kahn's algorithm) of a dependency dict[str, list[str]], cycle detection, levels.


def topo(deps: dict[str, list[str]]) -> list[str]:
    indeg = {k: 0 for k in deps}
    users: dict[str, list[str]] = {k: [] for k in deps}
    for k, ds in deps.items():
        for d in ds:
            indeg[k] += 1
            users[d].append(k)
    ready = sorted([k for k, n in indeg.items() if n == 0])
    order: list[str] = []
    while ready:
        k = ready.pop(0)
        order.append(k)
        for u in users[k]:
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    return order


def levels(deps: dict[str, list[str]], order: list[str]) -> dict[str, int]:
    lv: dict[str, int] = {}
    for k in order:
        lv[k] = 1 + max([lv[d] for d in deps[k]], default=-1)
    return lv


def main() -> None:
    deps = {
        "app": ["lib", "utils", "config"],
        "lib": ["utils", "core"],
        "utils": ["core"],
        "core": [],
        "config": [],
        "tests": ["app", "mock"],
        "mock": ["core"],
    }
    order = topo(deps)
    print(order)
    lv = levels(deps, order)
    print(lv)
    by_level: dict[int, list[str]] = {}
    for k, n in lv.items():
        by_level.setdefault(n, []).append(k)
    for n in sorted(by_level):
        print(n, sorted(by_level[n]))
    cyclic = {"a": ["b"], "b": ["c"], "c": ["a"], "d": []}
    o2 = topo(cyclic)
    print(o2, "cycle among", sorted(set(cyclic) - set(o2)))
    pos = {k: i for i, k in enumerate(order)}
    print(all([pos[d] < pos[k] for k in deps for d in deps[k]]))


if __name__ == "__main__":
    main()
