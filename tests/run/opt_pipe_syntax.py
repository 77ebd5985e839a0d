# The `T | None` spelling for parameters, returns and locals of int, str, float and list types.


def lookup(table: dict[str, int], key: str) -> int | None:
    if key in table:
        return table[key]
    return None


def describe(name: str | None, age: int | None = None) -> str:
    who = "anonymous" if name is None else name
    if age is None:
        return who
    return f"{who} ({age})"


def mean(xs: list[float]) -> float | None:
    if not xs:
        return None
    return sum(xs) / len(xs)


def split_words(s: str | None) -> list[str] | None:
    if s is None:
        return None
    return s.split()


def main() -> None:
    t = {"a": 1, "b": 0}
    print(lookup(t, "a"), lookup(t, "b"), lookup(t, "z"))
    print(describe("ann", 30), describe(None, 5), describe("bob"), describe(None))
    print(mean([1.0, 2.0, 4.5]), mean([]))
    m = mean([2.5])
    if m is not None:
        print(m * 2.0)
    print(split_words("a b  c"), split_words(None), split_words(""))
    best: int | None = None
    for k in ["b", "q", "a"]:
        v = lookup(t, k)
        if v is not None and (best is None or v > best):
            best = v
        print(k, v, best)
    label: str | None = None
    print(label)
    label = "set"
    print(label, len(label))
    ws = split_words("x y")
    print(len(ws) if ws is not None else -1)


if __name__ == "__main__":
    main()
