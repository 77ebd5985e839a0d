# Regression (found by difftest, was a miscompile): dict(<dict display>) is compiled as dict(<iterable of pairs>) over the keys.
# With 2-tuple keys it type-checks (as dict[int, int]) and builds the wrong dict.
# dict(variable) works.  CPython copies the mapping.
# CPython:  [(1, 2), (4, 5)] / {(1, 2): 3, (4, 5): 6} / 2 [3, 6]
# multigen: [1, 4] / {1: 2, 4: 5} / 2 [2, 5]
d = dict({(1, 2): 3, (4, 5): 6})
print(list(d))
print(d)
print(len(d), sorted(d.values()))
