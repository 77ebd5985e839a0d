# Printing nested containers: lists of lists, dicts of lists of tuples, tuples of sets, empties.


def main() -> None:
    print({'a': [(1, 2.5)], 'b': []})
    print([[1], [], [2, 3]])
    print((1,))
    print(set())
    print({})
    print([])
    print(())
    grid: list[list[int]] = [[], [0], [0, 1], [0, 1, 2]]
    print(grid)
    print(len(grid), len(grid[0]), len(grid[3]))
    table: dict[str, list[tuple[int, float]]] = {}
    table['x'] = [(1, 0.5), (2, 0.25)]
    table['y'] = []
    table['z'] = [(3, 1.0)]
    print(table)
    nested: dict[int, dict[str, list[str]]] = {1: {'a': ['p', 'q']}, 2: {}}
    print(nested)
    print(nested[1])
    print(nested[1]['a'])
    pairs: list[tuple[str, list[int]]] = [('odd', [1, 3, 5]), ('even', [2, 4]), ('none', [])]
    print(pairs)
    sets: list[set[int]] = [{1, 2, 3}, set(), {7}]
    print(sets)
    tup: tuple[list[int], dict[str, int], set[int], str] = ([1], {'k': 2}, {3}, 'four')
    print(tup)
    deep: list[list[list[int]]] = [[[1, 2], [3]], [[]], []]
    print(deep)
    print(deep[0][0][1], deep[0][1], deep[1])
    single: tuple[tuple[int], tuple[int, int]] = ((1,), (2, 3))
    print(single)
    empty_in_dict: dict[str, dict[str, int]] = {'e': {}}
    print(empty_in_dict)
    flags: dict[str, bool] = {'on': True, 'off': False}
    print(flags)
    mixed: list[tuple[int, str, float, bool]] = [(1, 'one', 1.0, True), (0, '', -0.0, False)]
    print(mixed)
    print(str(mixed) == repr(mixed))


if __name__ == "__main__":
    main()
