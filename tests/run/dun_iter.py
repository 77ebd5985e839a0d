# __iter__/__next__: iterator classes that raise StopIteration, used by for loops, list(), sorted() and sum().


class Countdown:
    def __init__(self, start: int) -> None:
        self.current = start

    def __iter__(self) -> "Countdown":
        return self

    def __next__(self) -> int:
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class FibIter:
    def __init__(self, limit: int) -> None:
        self.a = 0
        self.b = 1
        self.limit = limit

    def __iter__(self) -> "FibIter":
        return self

    def __next__(self) -> int:
        if self.a > self.limit:
            raise StopIteration()
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v


class Span:
    def __init__(self, lo: int, hi: int, step: int) -> None:
        self.lo = lo
        self.hi = hi
        self.step = step

    def __iter__(self) -> "SpanIter":
        return SpanIter(self.lo, self.hi, self.step)


class SpanIter:
    def __init__(self, cur: int, hi: int, step: int) -> None:
        self.cur = cur
        self.hi = hi
        self.step = step

    def __iter__(self) -> "SpanIter":
        return self

    def __next__(self) -> int:
        if self.cur >= self.hi:
            raise StopIteration
        v = self.cur
        self.cur += self.step
        return v


def main() -> None:
    for n in Countdown(3):
        print("count", n)
    print(list(Countdown(5)), list(Countdown(0)))
    c = Countdown(2)
    print(list(c), list(c))
    print(list(FibIter(100)))
    print(sum(FibIter(1000)), sorted(FibIter(30), reverse=True))
    sp = Span(0, 20, 7)
    print(list(sp), list(sp))
    for a in Span(1, 3, 1):
        for b in Span(10, 12, 1):
            print(a, b, end="; ")
    print()
    total = 0
    for i, v in enumerate(Span(5, 50, 15)):
        total += i * v
        print(i, v)
    print(total, [x * x for x in Countdown(4)], max(FibIter(50)))


if __name__ == "__main__":
    main()
