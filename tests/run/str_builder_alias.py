# `s += t` builds strings in linear time; earlier values stay unchanged.
def build(n: int) -> str:
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


def pad(word: str, width: int) -> str:
    while len(word) < width:
        word += "."
    return word


out = ""
snapshots: list[str] = []
for k in range(4):
    out += "ab"
    snapshots.append(out)
    out += "c"
    print(out, snapshots[-1], len(out))
print(snapshots)
x = build(100000)
print(len(x), x[:12], x[-3:], x.count("7"))
print(pad("id", 6), pad("name", 3), [pad(w, 5) for w in ["a", "bb"]])
for w in ["x", "yy"]:
    t = w
    t += "!"
    t += "?"
    print(t, w)
