# Every dict method: get setdefault pop items keys values update copy clear, plus in/len/del.


def main() -> None:
    d = {"a": 1, "b": 2}
    print(d.get("a", 0), d.get("z", 0), d.get("b", -1))
    print(d.setdefault("c", 3), d.setdefault("a", 100), d)
    print(d.pop("b"), d.pop("zz", -5), d)
    for k, v in d.items():
        print(k, v, end=" | ")
    print()
    print(list(d.keys()), list(d.values()), list(d.items()))
    d.update({"a": 10, "e": 5})
    print(d)
    other = {"f": 6}
    d.update(other)
    other["f"] = 60
    print(d, other)
    c = d.copy()
    c["a"] = -1
    del c["e"]
    print(d, c)
    print("a" in d, "zz" in d, "a" not in c, len(d), len(c))
    c.clear()
    print(c, len(c), d)
    lists: dict[str, list[int]] = {}
    lists.setdefault("x", []).append(1)
    lists.setdefault("x", []).append(2)
    lists.setdefault("y", []).append(3)
    print(lists)
    shallow = lists.copy()
    shallow["x"].append(99)
    print(lists["x"], shallow["x"])
    fd: dict[int, float] = {1: 0.5}
    print(fd.get(1, 0.0), fd.get(2, 0.0), fd.pop(1, 0.0), fd)
    total = 0
    for v in d.values():
        total += v
    keys = ""
    for k in d.keys():
        keys += k
    for k in d:
        keys += k.upper()
    print(total, keys)
    inv = {v: k for k, v in d.items()}
    print(inv)
    nested = {"p": {"q": 1}}
    nested["p"]["r"] = 2
    nested.setdefault("s", {})["t"] = 3
    print(nested, nested.get("p", {}).get("q", 0))


if __name__ == "__main__":
    main()
