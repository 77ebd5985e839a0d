# Rendering nested data as indented text and as JSON-like strings with explicit recursion per type.


def render_list(xs: list[int]) -> str:
    return "[" + ", ".join([str(x) for x in xs]) + "]"


def quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(d: dict[str, dict[str, list[int]]]) -> str:
    parts: list[str] = []
    for k, inner in d.items():
        fields = ", ".join([quote(ik) + ": " + render_list(v) for ik, v in inner.items()])
        parts.append(quote(k) + ": {" + fields + "}")
    return "{" + ", ".join(parts) + "}"


def pretty(d: dict[str, dict[str, list[int]]], indent: int) -> None:
    pad = " " * indent
    for k in sorted(d):
        print(f"{pad}{k}:")
        for ik, v in sorted(d[k].items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f"{pad}{pad}{ik:<8} {len(v):>2} items  sum={sum(v):<5} {v}")


def main() -> None:
    data: dict[str, dict[str, list[int]]] = {
        "north": {"q1": [3, 5, 8], "q2": [], "q3": [13]},
        "south": {"q1": [1], "q2": [2, 2, 2, 2]},
        'we"ird': {"a\\b": [0]},
    }
    print(data)
    print(render(data))
    pretty(data, 2)
    totals = {k: sum([sum(v) for v in inner.values()]) for k, inner in data.items()}
    print(totals)
    flat = sorted([(k, ik, x) for k, inner in data.items() for ik, v in inner.items() for x in v], key=lambda t: -t[2])
    print(flat[:4])
    print(str(data) == repr(data), len(str(data)), len(render(data)))


if __name__ == "__main__":
    main()
