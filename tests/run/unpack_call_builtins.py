def main() -> None:
    xs = [3, 1, 2]
    print(*xs)
    print(*xs, sep=", ")
    print("a", *xs, "b", sep="-", end="!\n")
    sep = " | "
    print(*xs, sep=sep)
    print(*[])
    print(*"hey", sep="")
    print(*[1.5, 2.0], *(True, False))
    print(max(*xs), min(*xs))
    print(max(*range(5)), min(*(4.5, 2.5)))
    matrix = [[1, 2, 3], [4, 5, 6]]
    print(list(zip(*matrix)))
    for col in zip(*matrix):
        print(col, sum(col))
    print([list(c) for c in zip(*["abc", "de"])])
    empty: list[list[int]] = []
    print(list(zip(*empty)))
    try:
        print(max(*[7]))
    except TypeError as e:
        print(e)
    try:
        print(min(*xs[0:0]))
    except TypeError as e:
        print(e)


main()
