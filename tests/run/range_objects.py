# range objects as values: repr, len, membership, indexing, equality,
# truthiness, iteration, reversal and conversion.
def evens(n: int) -> range:
    return range(0, n, 2)


r = range(3, 15, 4)
print(r, list(r), len(r), 7 in r, 8 in r, r[0], r[-1])
print(range(5), range(0), range(-3, 3), range(10, 0, -3))
print(list(range(10, 0, -3)), list(range(0)), list(range(-3, 3)))
print(len(range(0, 100, 7)), len(range(10, 0)), len(range(10, 0, -1)))
print(sum(range(1, 11)), max(range(4)), min(range(4, 9)), sorted(range(3), reverse=True))
print(range(0) == range(5, 2), range(1, 4) == range(1, 4, 1), range(0, 3) != range(0, 4))
print(bool(range(0)), bool(range(2)), -1 in range(-5, 5), 5 in range(-5, 5))
for i in r:
    print(i, end=" ")
print()
print([x * 2 for x in range(4)], list(reversed(r)), str(range(2)), f"{range(1, 3)!r}")
rr: range = evens(9)
print(rr, (rr, 1), len(rr), rr[2], list(rr), set(rr))
print(list(enumerate(range(10, 13))), dict(zip(range(3), "abc")))
