# For loops fused with the generators they consume: break, continue,
# else, return inside the generator, nested pipelines, argument order.
from typing import Iterator


def arg(name: str, v: int) -> int:
    print("arg", name)
    return v


def numbers(n: int) -> Iterator[int]:
    print("start numbers", n)
    i = 0
    while i < n:
        yield i
        i += 1
    print("end numbers")


def scaled(xs: Iterator[int], k: int = 2) -> Iterator[int]:
    print("start scaled", k)
    for x in xs:
        yield x * k


def odd_only(xs: Iterator[int]) -> Iterator[int]:
    for x in xs:
        if x % 2 == 1:
            yield x


def upto(xs: Iterator[int], limit: int) -> Iterator[int]:
    for x in xs:
        if x > limit:
            print("upto returns at", x)
            return
        yield x
    else:
        print("upto: source exhausted")


def pairs(xs: Iterator[int]) -> Iterator[tuple[int, int]]:
    prev = -1
    for x in xs:
        yield (prev, x)
        prev = x


def twice(xs: Iterator[int]) -> Iterator[int]:
    # The parameter is used twice: its generator is not fused.
    n = 0
    for x in xs:
        n += 1
        yield x
    print("twice saw", n, xs is not None)


def words(n: int) -> Iterator[str]:
    s = ""
    for i in range(n):
        s += chr(97 + i)
        yield s


def nested_source(n: int) -> Iterator[int]:
    for v in numbers(n):
        yield v + 100


def main() -> None:
    for a, b in pairs(scaled(numbers(arg("n", 4)), arg("k", 3))):
        print("pair", a, b)
    total = 0
    for x in scaled(numbers(10)):
        if x == 4:
            continue
        if x > 12:
            break
        total += x
    else:
        print("not reached")
    print("total", total)
    for x in upto(numbers(10), 3):
        print("upto", x)
    else:
        print("else after return")
    for x in upto(numbers(3), 10):
        print("upto", x)
    else:
        print("else after exhaustion")
    for x in odd_only(numbers(7)):
        for y in numbers(2):
            if y == 1:
                break
            print("inner", x, y)
        else:
            print("inner else")
    for k in range(2):
        for x in scaled(numbers(2), k=k + 5):
            print("round", k, x)
    for x in twice(numbers(3)):
        print("twice", x)
    for w in words(4):
        print(w)
    for v in nested_source(2):
        print("nested", v)
    seen = [x for x in scaled(numbers(3))]
    print(seen)
    first, *rest = [0, 0]
    for first, *rest in [[1, 2, 3]]:
        pass
    print(first, rest)


def consumer() -> Iterator[int]:
    for x in odd_only(numbers(6)):
        yield x * 10
    print("consumer done")


def find(limit: int) -> int:
    for x in scaled(numbers(100), 7):
        if x > limit:
            return x
    return -1


main()
print(list(consumer()))
print(find(30), find(10000))
for m in odd_only(scaled(numbers(4), 1)):
    print("module", m)
