# dict() from pairs, zip, enumerate and other dicts; equality, copies, update with overlaps; list()/set() of dict parts.


def main() -> None:
    a = dict([("x", 1), ("y", 2)])
    b = dict(zip(["p", "q", "r"], [10, 20, 30]))
    c = dict(a)
    e: dict[str, int] = dict()
    print(a, b, c, e)
    print(a == c, a == b, e == {}, len(c))
    c["x"] = 100
    print(a, c)
    a.update(b)
    print(a)
    a.update(dict([("p", -1), ("new", 0)]))
    print(a)
    pairs = list(a.items())
    print(pairs)
    back = dict(pairs)
    print(back == a, len(back))
    print(list(a), set(b.values()), sorted(b, reverse=True))
    enum = dict(enumerate(["zero", "one", "two"]))
    print(enum)
    frm = dict(zip(range(3), "abc"))
    print(frm)
    swapped = dict(zip(b.values(), b.keys()))
    print(swapped)
    same1 = {"a": [1, 2], "b": [3]}
    same2 = {"b": [3], "a": [1, 2]}
    print(same1 == same2, same1 != same2, list(same1) == list(same2))
    same2["a"].append(3)
    print(same1 == same2)
    dd = {1: 1.0}
    dd2 = {1: 1.0}
    print(dd == dd2, {1: 2} == {1: 2, 3: 4})


if __name__ == "__main__":
    main()
