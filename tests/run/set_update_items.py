# set.update/union/difference with a non-set iterable add or discard the
# items one by one, like CPython (which decides the iteration order).
s = {8, 2, 4}
s.update([16, 4, 8])
print(s)
t = {8, 2, 4}
for x in [16, 4, 8]:
    t.add(x)
print(t)
u = {1, 9, 17}
print(u.union([33, 25, 1]), u.union(range(40, 48, 8)), u)
v = {5, 13, 21, 29}
v.difference_update([13, 100])
print(v, v.difference((5, 7)), v)
w = {3, 11}
w.update(x * 8 + 3 for x in range(4))
print(w, sorted(w))
