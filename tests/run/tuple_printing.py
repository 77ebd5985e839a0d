# Tuples: one-element and empty tuples, nesting, tuples holding containers, str/repr.


def pair(a: int, b: int) -> tuple[int, int]:
    return (a, b)


def split_name(full: str) -> tuple[str, str]:
    parts = full.split(" ")
    return (parts[0], parts[-1])


def main() -> None:
    one = (1,)
    empty: tuple[()] = ()
    print(one, empty, len(one), len(empty))
    print((("a",),), ((1,), (2,)))
    print(pair(3, 4), pair(-1, 0))
    print(split_name("Ada Lovelace"))
    t3 = (1, 2.0, "three")
    print(t3)
    print(t3[0], t3[1], t3[2], t3[-1])
    holder = ([1, 2], {"k": 3})
    holder[0].append(9)
    holder[1]["m"] = 4
    print(holder)
    tt = ((1, 2), (3, 4), (5, 6))
    print(tt[1], tt[-1][0], tt[::2], tt[1:], tt[:0])
    print(tt[0] + tt[1], tt[2] * 2)
    print(str((1,)), repr(("x",)))
    print(((), ((),)))
    pts: list[tuple[float, float]] = [(0.0, 1.5), (-2.0, 0.25)]
    print(pts)
    strs = ("it's", 'q"d')
    print(strs)
    print(f"{one} {t3}")
    print("%s" % (one,))
    print("{}".format(tt))
    print(one + (2,) + empty, one * 3, empty * 5)


if __name__ == "__main__":
    main()
