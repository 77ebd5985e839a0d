# Growing a dict while iterating over it raises RuntimeError, as in CPython.
d = {1: "a", 2: "b"}
s = {5, 6}
for x in s:
    print("set", x)
for k in d:
    print("key", k)
    d[k + 10] = "x"
print("not reached")
