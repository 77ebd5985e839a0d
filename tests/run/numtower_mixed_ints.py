# An int-typed operand meets a float slot holding an int: the result is an
# int, computed exactly, as in CPython.
big = 2**60


def f(x: float) -> float:
    return x + 1


print(f(1), f(2.5), f(-1))
x: float = 5
print(x * 3, x - 10, 3 - x, x // 2, 2 ** x, x ** 2)
print(big / x, big > x, x < big, big == x)
y: float = 0.5
print(big * y, y * 3)
