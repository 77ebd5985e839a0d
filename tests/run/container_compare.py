# Lexicographic comparisons of lists, tuples and strings; equality of dicts and sets; subset order.


def cmp(a: list[int], b: list[int]) -> str:
    return f"{a} <:{a < b} <=:{a <= b} ==:{a == b} !=:{a != b} >:{a > b} >=:{a >= b} {b}"


def main() -> None:
    print(cmp([1, 2], [1, 2]))
    print(cmp([1, 2], [1, 3]))
    print(cmp([1, 2], [1, 2, 0]))
    print(cmp([], [0]))
    print(cmp([2], [1, 9, 9]))
    print(cmp([-1], []))
    print((1, "a") < (1, "b"), (2, "a") < (1, "z"), (1, 2) == (1, 2), (1,) < (1, 0))
    print((1.5, 2) > (1.5, 1), (0.0, 1) == (-0.0, 1))
    print("abc" < "abd", "ab" < "abc", "B" < "a", "" < "a", "é" > "z", "Z" < "a")
    holder: list[list[int]] = [[]]
    print([[1, 2], [3]] < [[1, 2], [4]], [[1]] == [[1]], holder < [[0]], holder == [[]])
    print(["b"] > ["a", "z"], ["a"] < ["a", ""])
    print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 2}, {"a": 1} != {"b": 1})
    print({1, 2, 3} == {3, 2, 1}, {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2})
    print({1, 4} > {4}, {1} >= {2}, set() < {0}, {1, 2} != {2, 1})
    words = ["pear", "Apple", "apple", "fig", "Fig", ""]
    print(sorted(words))
    pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
    print(sorted(pairs), max(pairs), min(pairs))
    rows = [[3, 1], [3], [2, 9, 9], [3, 0, 5]]
    print(sorted(rows), max(rows), min(rows))
    print([True] == [True], [False] < [True], [0.5, 1.0] < [0.5, 2.0])
    x = [5, 6]
    y = [5, 6]
    print(x == y, x != y, not x < y)
    print(max("apple", "apricot", "banana"), min(["z", "ab", "abc"]))


if __name__ == "__main__":
    main()
