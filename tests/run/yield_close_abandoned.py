from typing import Iterator


def numbers(tag: str, n: int) -> Iterator[int]:
    try:
        for i in range(n):
            yield i
    finally:
        print(tag, "finally")


def never_started() -> Iterator[int]:
    try:
        yield 1
    finally:
        print("never printed")


def catches_exit(tag: str) -> Iterator[int]:
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print(tag, "got GeneratorExit")
        raise


def first_over(limit: int) -> int:
    for x in numbers("return", 10):
        if x > limit:
            return x
    return -1


def raising() -> None:
    for x in numbers("raise", 10):
        if x == 2:
            raise ValueError("two")


class Walker:
    def walk(self, n: int) -> Iterator[int]:
        try:
            yield from range(n)
        finally:
            print("walk finally")


for x in numbers("break", 5):
    if x == 1:
        break
print("after break")
print(first_over(2))
print("after return")
try:
    raising()
except ValueError as e:
    print("caught", e)
for x in numbers("complete", 2):
    print("item", x)
print("after complete")
for y in (v * 2 for v in numbers("genexpr", 5)):
    if y == 4:
        break
print("after genexpr")
for z in catches_exit("explicit"):
    break
print("after explicit")
for w in Walker().walk(4):
    if w == 1:
        break
print("after walk")
for i in range(2):
    for x in numbers(f"inner{i}", 3):
        if x == i:
            break
    print("outer", i)
g = numbers("held", 3)
for x in g:
    break
print("held generator not closed yet")
print(next(g))
g.close()
