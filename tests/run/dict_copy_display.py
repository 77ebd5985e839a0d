# dict() of a mapping copies it, whatever expression gives the mapping.
def pairs() -> dict[tuple[int, int], int]:
    return {(1, 2): 3, (4, 5): 6}


d = dict({(1, 2): 3, (4, 5): 6})
print(list(d), d, len(d), sorted(d.values()))
e = dict({"k": 1})
print(e)
print(dict({c: i for i, c in enumerate("ab")}))
f = dict(pairs())
f[(7, 8)] = 9
print(f, pairs())
g = dict([(1, "a"), (2, "b")])
print(g, dict(g.items()), dict(zip("xy", [1, 2])))
