# Empty containers of every kind: printing, str/repr, len, truthiness, and growing them.


def describe(xs: list[int]) -> str:
    if xs:
        return "non-empty list of " + str(len(xs))
    return "empty list"


def main() -> None:
    xs: list[int] = []
    d: dict[str, int] = {}
    s: set[int] = set()
    t: tuple[()] = ()
    words: list[str] = []
    print(xs, d, s, t, words)
    print(str(xs), repr(d), str(s), repr(t))
    print(len(xs), len(d), len(s), len(t))
    print(bool(xs), bool(d), bool(s), bool(t))
    print(not xs, not d, not s)
    print(describe(xs))
    xs.append(0)
    print(describe(xs), xs)
    d['zero'] = 0
    s.add(0)
    words.append('')
    print(xs, d, s, words)
    print(bool(xs), bool(d), bool(s), bool(words))
    xs.clear()
    d.clear()
    s.clear()
    words.clear()
    print(xs, d, s, words)
    print(xs == [], d == {}, s == set(), t == ())
    nested: list[list[int]] = [[]]
    print(nested, len(nested), len(nested[0]), bool(nested))
    nd: dict[str, set[int]] = {'a': set()}
    print(nd)
    nt: list[tuple[int, str]] = []
    print(nt)
    print([] == [], {} == {}, set() == set())
    print(f"{xs} {d} {s} {t}")
    print("[%s] {%s}" % (len(xs), len(d)))
    empty_str = ""
    print(repr(empty_str), len(empty_str), list(empty_str), bool(empty_str))


if __name__ == "__main__":
    main()
