# Every list method: append extend insert pop remove index count reverse sort copy clear.


def main() -> None:
    xs = [5, 3, 8]
    xs.append(1)
    print(xs)
    xs.extend([9, 3])
    print(xs)
    xs.extend(xs)
    print(xs, len(xs))
    xs.insert(0, 100)
    xs.insert(-1, 200)
    xs.insert(1000, 300)
    xs.insert(-1000, 400)
    print(xs)
    print(xs.pop(), xs.pop(0), xs.pop(-2), xs.pop(3))
    print(xs)
    xs.remove(3)
    print(xs)
    print(xs.index(8), xs.index(3), xs.count(3), xs.count(9), xs.count(77))
    xs.reverse()
    print(xs)
    ys = xs.copy()
    ys.sort()
    print(xs)
    print(ys)
    ys.sort(reverse=True)
    print(ys)
    zs = ys.copy()
    ys.clear()
    print(ys, zs, len(ys))
    words = ["pear", "fig", "apple"]
    words.append("kiwi")
    words.insert(2, "date")
    words.sort()
    print(words, words.index("fig"), words.count("kiwi"))
    words.remove("date")
    last = words.pop()
    print(last, words)
    fl = [2.5, -1.0]
    fl.extend([0.5, 0.5])
    fl.sort()
    print(fl, fl.count(0.5), fl.index(0.5))
    nested: list[list[int]] = []
    nested.append([1])
    nested.append([])
    nested[1].append(2)
    nested.insert(0, [0, 0])
    print(nested, nested.pop(1), nested)
    t: list[tuple[str, int]] = [("b", 2), ("a", 1)]
    t.sort()
    print(t, t.index(("b", 2)))
    r = list(range(10))
    r.reverse()
    print(r[:3], r.pop(), r.pop(0), len(r))


if __name__ == "__main__":
    main()
