# bisect: every function with lo, hi (None and -1), key=, on lists, tuples and ranges; a negative lo raises ValueError without a library frame.
import bisect
from bisect import bisect_left, insort

a = [1, 2, 2, 4, 7]
print(bisect.bisect_right(a, 2), bisect_left(a, 2), bisect.bisect(a, 5))
print(bisect_left(a, 2, 2), bisect.bisect_right(a, 7, 0, 3), bisect.bisect_left(a, 0, hi=-1))
insort(a, 3)
bisect.insort_left(a, 2)
print(a)
pairs = [(1, "a"), (3, "c"), (5, "e")]
print(bisect.bisect_left(pairs, 3, key=lambda p: p[0]))
bisect.insort(pairs, (4, "d"), key=lambda p: p[0])
print(pairs)
names = ("ann", "bob", "eve")
print(bisect.bisect(names, "carl"), bisect.bisect_left(range(0, 100, 5), 42))
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
fs = [1.0, 2.5]
bisect.insort(fs, 2.0)
print(fs)
bisect.insort_right(a, 9, lo=-2)
