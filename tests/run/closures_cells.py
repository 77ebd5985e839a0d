from typing import Callable, Optional


class Counter:
    def __init__(self, start: int) -> None:
        self.n = start

    def make(self) -> Callable[[int], int]:
        def step(k: int) -> int:
            self.n += k
            return self.n
        return step


def late() -> list[int]:
    fs: list[Callable[[], int]] = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


def deep(a: int) -> int:
    def l1(b: int) -> int:
        def l2(c: int) -> int:
            def l3() -> int:
                return a + b + c
            return l3()
        return l2(b * 10)
    return l1(a * 100)


def nl() -> str:
    x = "a"

    def m1() -> None:
        def m2() -> None:
            nonlocal x
            x += "b"
        m2()
        m2()
    m1()
    return x


def rebinding() -> int:
    v = 1

    def get() -> int:
        return v
    v = 2
    r = get()
    v = 3
    return r * 10 + get()


def maybe(f: Optional[Callable[[int], int]], x: int) -> int:
    if f is None:
        return -1
    return f(x)


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    return lambda x: f(g(x))


def to_float(x: float) -> float:
    return x / 2


c = Counter(10)
s = c.make()
s(1)
print(s(5), c.n)
print(late())
print(deep(1))
print(nl())
print(rebinding())
print(maybe(None, 3), maybe(lambda y: y + 1, 3))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(4))
h: Callable[[float], float] = to_float
print(h(3.0))
d: dict[str, Callable[[int, int], int]] = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
for name in sorted(d):
    print(name, d[name](6, 7))
print("ok")
