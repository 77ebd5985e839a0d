# Tuples of run-time length: tuple(...) conversions, tuple[int, ...] values,
# indexing, slicing, iteration, membership, comparison, hashing and printing.
def total(t: tuple[int, ...]) -> int:
    s = 0
    for x in t:
        s += x
    return s


xs = [3, 1, 2]
t = tuple(xs)
print(t, len(t), t[0], t[-1], t[1:], total(t), 2 in t, 5 in t)
print(tuple(sorted(xs)), tuple("abc"), tuple(), tuple((1, 2)), tuple(range(3)))
u: tuple[int, ...] = (4, 5)
print(u + t, u == (4, 5), t < u, (1, 2) == tuple([1, 2]))
d = {tuple(sorted(w)): w for w in ["ab", "ba", "cd"]}
print(d)
print(tuple(x * x for x in range(4)), [tuple(r) for r in [[1], [2, 3]]])
print(list(t), sorted(t), max(t), tuple([1.5]), bool(tuple()), bool(t))
