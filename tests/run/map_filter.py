# map and filter with lambdas, named functions and builtins; consumed by list(), sum(), join and for loops.

OFFSET = 10


def square(x: int) -> int:
    return x * x


def is_even(x: int) -> bool:
    return x % 2 == 0


def shout(s: str) -> str:
    return s.upper() + "!"


def main() -> None:
    xs = [1, 2, 3, 4, 5, 6]
    print(list(map(square, xs)))
    print(list(filter(is_even, xs)))
    print(list(map(lambda v: v + OFFSET, xs)))
    print(list(filter(lambda v: v > 3, xs)))
    print(list(map(shout, ["hi", "yo"])))
    print(sum(map(square, xs)), sum(filter(is_even, xs)))
    print(" ".join(map(str, xs)))
    print(",".join(map(lambda s: s[::-1], ["abc", "de"])))
    print(list(map(int, "1 22 333".split())))
    print(list(map(float, ["1.5", "-2", "1e3"])))
    print(list(map(len, ["", "a", "ab"])))
    print(list(filter(lambda s: len(s) > 1, ["a", "bb", "", "ccc"])))
    evens_sq = list(map(square, filter(is_even, xs)))
    print(evens_sq)
    for v in map(lambda v: v * 3, [1, 2]):
        print(v, end=" ")
    print()
    print(max(map(lambda s: len(s), ["x", "yyy", "zz"])))
    print(sorted(map(lambda v: -v, xs)))
    none: list[str] = []
    print(list(map(abs, [-3, 0, 3])), list(map(shout, none)))
    pairs = [(1, "one"), (2, "two"), (3, "three")]
    print(list(map(lambda p: p[1], filter(lambda p: p[0] != 2, pairs))))
    print(list(filter(lambda s: s.isdigit(), ["12", "a1", "7"])))
    print(any(map(is_even, [1, 3, 5])), all(map(lambda v: v > 0, xs)))
    print(list(map(round, [0.5, 1.5, 2.5, -0.5])))


if __name__ == "__main__":
    main()
