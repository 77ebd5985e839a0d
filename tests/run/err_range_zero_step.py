# Ends with ValueError from range(1, 10, 0).


def count(step: int) -> int:
    c = 0
    for _ in range(1, 10, step):
        c += 1
    return c


for s in range(3, -1, -1):
    print("range(1, 10,", s, ") has", count(s), "items")
print("not reached")
