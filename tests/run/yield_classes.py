from collections.abc import Generator, Iterable, Iterator


class Tree:
    def __init__(self, value: int, left: "Tree | None", right: "Tree | None") -> None:
        self.value = value
        self.left = left
        self.right = right

    def __iter__(self) -> Iterator[int]:
        left = self.left
        if left is not None:
            yield from left
        yield self.value
        right = self.right
        if right is not None:
            yield from right

    def walk(self, depth: int) -> Iterator[tuple[int, int]]:
        left = self.left
        if left is not None:
            yield from left.walk(depth + 1)
        yield (depth, self.value)
        right = self.right
        if right is not None:
            yield from right.walk(depth + 1)


def naturals() -> Iterator[int]:
    n = 0
    while True:
        yield n
        n += 1


def take(n: int, it: Iterator[int]) -> Iterator[int]:
    if n <= 0:
        return
    for x in it:
        yield x
        n -= 1
        if n == 0:
            return


def evens(xs: Iterable[int]) -> Iterable[int]:
    for x in xs:
        if x % 2 == 0:
            yield x


def averager() -> Generator[float, float, int]:
    total = 0.0
    count = 0
    avg = 0.0
    while count < 3:
        v = yield avg
        total += v
        count += 1
        avg = total / count
    return count


t = Tree(4, Tree(2, Tree(1, None, None), Tree(3, None, None)), Tree(6, None, Tree(7, None, None)))
for v in t:
    print(v, end=" ")
print()
print(list(t.walk(0)))
print(list(take(5, naturals())))
print([x * 3 for x in evens(take(10, naturals()))])
gens: list[Iterator[int]] = [take(2, naturals()), evens(take(5, naturals()))]
for g in gens:
    print(list(g))
print(max(take(4, naturals())), min(evens(take(9, naturals()))), any(take(3, naturals())))
print(dict(zip(take(3, naturals()), ["a", "b", "c"])))
a = averager()
print(next(a))
print(a.send(10.0))
print(a.send(20.0))
try:
    a.send(30.0)
except StopIteration as e:
    print("done", e)
print(next(a, -1.0))
g = naturals()
print(next(g), next(g), next(g))
g.close()
print(next(g, 100))
print(sum(x for x in take(4, naturals())))
