# Ordering a union holding values of unrelated types raises CPython's
# TypeError, with its traceback.


def smallest(xs: list[int | str]) -> int | str:
    best = xs[0]
    for x in xs[1:]:
        if x < best:
            best = x
    return best


print(smallest([3, 1, 2]))
print(smallest(["b", "a"]))
print(smallest([1, "a"]))
