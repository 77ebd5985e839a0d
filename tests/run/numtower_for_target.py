# A loop variable declared float takes the ints of the iterable as they
# are, as CPython does.
f: float = 0.5
for f in [1, 2]:
    print(f, f / 2, f // 2)
print(f)
total: float = 0
for k in range(4):
    total = total + k
print(total, type(total).__name__)
pairs: list[tuple[str, float]] = [("a", 1), ("b", 2.5)]
for name, v in pairs:
    print(name, v, v * 2)
