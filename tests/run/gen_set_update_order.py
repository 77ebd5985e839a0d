# Regression (found by difftest, was a miscompile): set.update(<list>) leaves the set in a different iteration order.
# CPython adds the items one by one (no presizing for a list argument), exactly like
# s.add() in a loop; multigen's update apparently rebuilds/resizes the table.
# CPython:  {8, 2, 4} / {8, 16, 2, 4} / {8, 16, 2, 4}
# multigen: {8, 2, 4} / {16, 2, 4, 8} / {8, 16, 2, 4}
s = {8, 2, 4}
print(s)
s.update([16, 4, 8])
print(s)
t = {8, 2, 4}
for x in [16, 4, 8]:
    t.add(x)
print(t)
