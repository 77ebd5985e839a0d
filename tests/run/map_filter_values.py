# map() and filter() kept as values: lazy, like the iterators CPython makes.
from typing import Iterator


def double(v: int) -> int:
    print("double", v)
    return 2 * v


xs = [1, 2, 3, 4]
m = map(double, xs)
print("made")
print(next(m))
print(list(m))
evens = filter(lambda v: v % 2 == 0, xs)
k = 10
scaled = map(lambda v: v * k, evens)
k = 100
print(list(scaled))
words = filter(None, ["a", "", "b"])
print(list(words))
lens = map(len, ["ab", "c"])
print(sum(lens))


def squares(n: int) -> Iterator[int]:
    return map(lambda i: i * i, range(n))


print(list(squares(4)))
a = [1, 2, 3]
b = ["x", "y", "z"]
z = zip(a, b)
a = [9]
print(next(z), list(z))
e = enumerate(b, 1)
print(list(e))
