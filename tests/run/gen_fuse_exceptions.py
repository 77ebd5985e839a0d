# Exceptions in fused generator code and in fused loop bodies, caught
# around the loop; PEP 479; recursion depth inside a fused generator.
from typing import Iterator


def numbers(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        yield 10 // (3 - i)
        i += 1


def scaled(xs: Iterator[int], k: int) -> Iterator[int]:
    for x in xs:
        yield x * k


def checked(xs: Iterator[int]) -> Iterator[int]:
    for x in xs:
        if x < 0:
            raise ValueError("negative " + str(x))
        yield x


def leaky(it: Iterator[int]) -> Iterator[int]:
    while True:
        yield next(it)


def unbound(flag: bool) -> Iterator[int]:
    if flag:
        v = 1
    yield v


def squares(n: int) -> Iterator[list[int]]:
    for i in range(n):
        yield [j * j // (2 - j) for j in range(i)]


calls = 0


def deep(n: int) -> int:
    global calls
    calls += 1
    return deep(n + 1) + 1


def rec_gen(n: int) -> Iterator[int]:
    yield deep(n)


def listed(xs: list[int]) -> Iterator[int]:
    for x in xs:
        yield x


def main() -> None:
    try:
        for x in scaled(numbers(5), 2):
            print("got", x)
    except ZeroDivisionError as e:
        print("caught in generator:", e)
    try:
        for x in scaled(numbers(2), 2):
            print("body", 100 // (x - 10))
    except ZeroDivisionError as e:
        print("caught in body:", e)
    try:
        for x in checked(scaled(listed([1, -2, 3]), 1)):
            print("checked", x)
    except ValueError as e:
        print("caught:", e)
    try:
        for x in leaky(numbers(1)):
            print("leaky", x)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        for x in unbound(False):
            print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    for x in unbound(True):
        print("bound", x)
    try:
        for sq in squares(4):
            print(sq)
    except ZeroDivisionError as e:
        print("comprehension:", e)
    try:
        for x in rec_gen(0):
            print(x)
    except RecursionError:
        print("recursion depth reached:", calls)
    for k in range(3):
        try:
            for x in numbers(k + 3):
                if x == 10:
                    raise KeyError(k)
                print("k", k, x)
        except KeyError as e:
            print("KeyError", e)
        except ZeroDivisionError:
            print("zero", k)
        finally:
            print("finally", k)


def gen_consumer() -> Iterator[int]:
    try:
        for x in numbers(5):
            yield x
    except ZeroDivisionError:
        print("consumer generator caught")
        yield -1


main()
print(list(gen_consumer()))
try:
    for x in unbound(False):
        print(x)
except UnboundLocalError as e:
    print("module UnboundLocalError:", e)
