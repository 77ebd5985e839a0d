# ZeroDivisionError raised two calls deep, after a partial line.


def ratio(a: int, b: int) -> int:
    return a // b


def average(xs: list[int]) -> int:
    return ratio(sum(xs), len(xs))


print("averages:")
print(average([1, 2, 3]))
print("empty:", end=" ")
print(average([]))
print("not reached")
