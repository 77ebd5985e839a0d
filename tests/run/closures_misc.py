# Closures in comprehensions, returned lambdas, methods returning closures,
# deep recursion through a nested function, Optional function values.
from typing import Callable, Optional


def double(x: int) -> int:
    return 2 * x


def comp() -> None:
    fs = [lambda: i for i in range(3)]
    print([f() for f in fs])
    gs = [lambda j=i: j * 10 for i in range(3)]
    print([g() for g in gs])


def printer() -> Callable[[str], None]:
    prefix = ">"
    return lambda s: print(prefix, s)


class Counter:
    def __init__(self) -> None:
        self.n = 0

    def incrementer(self, by: int) -> Callable[[], int]:
        def inc() -> int:
            self.n += by
            return self.n
        return inc


def deep(n: int) -> int:
    def down(k: int) -> int:
        return k if k == 0 else down(k - 1) + 1
    return down(n)


def runaway() -> int:
    def f(k: int) -> int:
        return f(k + 1)
    return f(0)


comp()
p = printer()
p("hello")
t = (double, 3)
print(t[0](t[1]))
c = Counter()
inc2 = c.incrementer(2)
inc2()
inc2()
print(c.n, inc2())
print(deep(500))
cb: Optional[Callable[[int], int]] = None
print(cb is None)
cb = double
if cb:
    print(cb(21))
ops: dict[str, Callable[[int], int]] = {"neg": lambda v: -v}
print(ops["neg"](5))
try:
    runaway()
except RecursionError as e:
    print("RecursionError", e)
cb = None
try:
    print(cb(1))
except TypeError as e:
    print("TypeError:", e)
