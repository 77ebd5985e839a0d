# Default values are evaluated once, when the def statement runs.

LIMIT = 5
PREFIX = "v"


def show(n: int = LIMIT * 2, tag: str = PREFIX + "1") -> None:
    print("n =", n, "tag =", tag, "LIMIT now =", LIMIT)


def bump() -> None:
    global LIMIT
    global PREFIX
    LIMIT += 100
    PREFIX = PREFIX + "!"


print("before:", LIMIT, PREFIX)
show()
bump()
show()
show(LIMIT)
show(tag=PREFIX)
bump()
show()
print("after:", LIMIT, PREFIX)


def later(n: int = LIMIT) -> int:
    return n


print(later(), later(1))
LIMIT = 0
print(later(), LIMIT)
