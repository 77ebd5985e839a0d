# `[a, b] = ...` and `for [a, b] in ...` unpack like tuple targets.

def f(pairs: list[tuple[int, str]]) -> str:
    out = ""
    for [n, s] in pairs:
        out += s * n
    [a, b] = pairs[0]
    [c, [d, e]] = 1, (2, 3)
    return out + str(a) + b + str(c + d + e)


[p, o] = 1, 2
[p, o] = o, p
print(p, o)
[x, y, z] = [7, 8, 9]
print(x, y, z)
print(f([(2, "ab"), (1, "c")]))
for [i, j] in [(1, 2), (3, 4)]:
    print(i + j)
try:
    [u, v] = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
