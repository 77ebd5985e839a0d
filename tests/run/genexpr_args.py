# Generator expressions passed directly to sum/any/all/min/max/sorted/join/list/set/dict (no `yield`).


def main() -> None:
    xs = [3, -1, 4, -1, 5, -9, 2, 6]
    print(sum(x * x for x in xs), sum(x for x in xs if x > 0))
    print(any(x > 5 for x in xs), all(x != 0 for x in xs), any(x > 100 for x in xs))
    print(min(abs(x) for x in xs), max(x % 4 for x in xs))
    print(sorted(x for x in xs if x < 0), list(x * 2 for x in range(4)))
    print(",".join(str(x) for x in xs), "".join(c.upper() for c in "abc" if c != "b"))
    print(set(x % 3 for x in xs), dict((str(x), x) for x in range(3)))
    print(sum(len(w) for w in "a bb ccc".split()), max((len(w), w) for w in ["hi", "hey", "yo"]))
    print(sum(1.5 * x for x in range(3)), min((x for x in xs), default=0))
    words = ["apple", "banana", "cherry"]
    print(list(w[0] for w in words), list(len(w) for w in words))
    grid = [[1, 2], [3, 4]]
    print(sum(sum(row) for row in grid), max(max(row) for row in grid))
    print(sorted((len(w), w) for w in words), any(w.startswith("b") for w in words))


if __name__ == "__main__":
    main()
