# Set operators | & - ^ and their augmented forms, comparisons <= < >= >, == and membership.


def main() -> None:
    evens = {n for n in range(0, 20, 2)}
    threes = {n for n in range(0, 20, 3)}
    print(evens)
    print(threes)
    print(evens | threes)
    print(evens & threes)
    print(evens - threes)
    print(threes - evens)
    print(evens ^ threes)
    print((evens | threes) - (evens & threes) == evens ^ threes)
    s = {1, 2, 3}
    s |= {4}
    print(s)
    s &= {2, 3, 4, 5}
    print(s)
    s -= {3}
    print(s)
    s ^= {4, 9}
    print(s)
    print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1} > {1}, {5} <= {5})
    print(6 in evens, 7 in evens, 7 not in evens, len(evens & threes))
    empty: set[int] = set()
    print(empty | {1}, empty & evens, evens - empty == evens, empty ^ empty)
    print({-1, -2, 7} | {100, -100})
    a = {1, 2, 3}
    b = a
    b |= {10}
    print(a)
    c = a | set()
    c.add(11)
    print(a, c)
    print(sorted({"x", "y"} | {"z"}), sorted({"x", "y"} & {"y"}))


if __name__ == "__main__":
    main()
