# heapq from multigen's library in typed Python: every function, on ints, floats, strings and tuples.
import heapq
from heapq import heappush, heappop, nlargest

h: list[int] = []
for x in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, x)
print(h)
print([heappop(h) for _ in range(3)], h)
t: list[tuple[int, str]] = [(3, "c"), (1, "a"), (2, "b")]
heapq.heapify(t)
print(t, heapq.heappop(t))
print(nlargest(2, [4, 1, 7, 3]), heapq.nsmallest(2, ["b", "a", "c"], key=lambda s: s))
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
