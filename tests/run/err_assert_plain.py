# Ends with a bare AssertionError from `assert x > 5`.


def check(x: int) -> int:
    assert x > 5
    return x * 2


for x in range(9, 0, -1):
    print(x, "->", check(x))
print("not reached")
