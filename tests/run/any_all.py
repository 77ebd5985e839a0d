# any() and all() over lists, empty lists, strings, comprehension results, dict values and sets.


def has_negative(xs: list[int]) -> bool:
    return any([x < 0 for x in xs])


def all_short(words: list[str]) -> bool:
    return all([len(w) <= 3 for w in words])


def main() -> None:
    empty: list[bool] = []
    print(any(empty), all(empty))
    print(any([False, False]), any([False, True]), all([True, True]), all([True, False]))
    print(any([0, 0, 3]), all([1, 2, 0]), any([0.0, -0.0]), all([0.5]))
    print(any(["", "x"]), all(["a", ""]), any([[], [0]]), all([[1], []]))
    print(has_negative([1, 2, 3]), has_negative([1, -2]), has_negative([]))
    print(all_short(["a", "bcd"]), all_short(["abcd"]), all_short([]))
    d = {"a": 1, "b": 0}
    print(any(d.values()), all(d.values()), any(d), all({"": 1}))
    print(any({0}), all({1, 2}), any(set([0, 0])))
    print(any("abc"), all(""), any(""))
    nums = list(range(1, 20))
    print(all([n > 0 for n in nums]), any([n % 7 == 0 for n in nums]), any([n > 100 for n in nums]))
    grid = [[1, 0], [1, 1]]
    print([all(row) for row in grid], any([all(row) for row in grid]), all([any(row) for row in grid]))
    primes = [n for n in range(2, 40) if all([n % d != 0 for d in range(2, n)])]
    print(primes)
    print(all([c.isdigit() for c in "12345"]), any([c.isupper() for c in "hello World"]))


if __name__ == "__main__":
    main()
