from typing import Callable


def f(a: int, b: int = 10, *args: int, k: int = 0, **kw: str) -> str:
    return f"a={a} b={b} args={args} k={k} kw={kw}"


def g(x: int, y: int, z: int) -> int:
    return x * 100 + y * 10 + z


class C:
    def __init__(self, *parts: str) -> None:
        self.parts = list(parts)

    def m(self, a: int, *rest: int) -> int:
        return a + sum(rest)


def outer(n: int) -> int:
    def inner(*xs: int, **opts: int) -> int:
        return n + sum(xs) + len(opts)
    return inner(1, 2, 3, a=1, b=2) + inner()


print(f(1))
print(f(1, 2, 3, 4, k=5, name="x", other="y"))
t = (1, 2, 3)
print(g(*t))
xs = [4, 5, 6]
print(g(*xs))
print(g(1, *[2, 3]))
print(f(*xs))
print(f(*[7]))
d = {"y": 2, "z": 3}
print(g(1, **d))
print(g(**{"x": 1, "y": 2, "z": 3}))
print(f(1, 2, 3, k=4, **{"zz": "hello"}))
c = C("a", "b")
print(c.parts)
print(c.m(1, 2, 3), c.m(*xs), c.m(*t))
print(C(*["p", "q"]).parts)
print(outer(10))
print(g(1, *[2], **{"z": 9}))
try:
    g(*[1, 2])
except TypeError as e:
    print(e)
try:
    g(*[1, 2, 3, 4])
except TypeError as e:
    print(e)
try:
    g(1, **{"x": 3, "y": 1, "z": 2})
except TypeError as e:
    print(e)
try:
    g(1, 2, **{"w": 3})
except TypeError as e:
    print(e)
try:
    c.m(*[])
except TypeError as e:
    print(e)
try:
    g(*[], y=1, z=2)
except TypeError as e:
    print(e)
try:
    g(*[1, 2], y=1)
except TypeError as e:
    print(e)


def apply(fn: Callable[[int, int, int], int], t: tuple[int, int, int]) -> int:
    return fn(*t)


def deco(fn: Callable[[int], int]) -> Callable[[int], int]:
    def wrapper(x: int) -> int:
        return fn(x) * 2
    return wrapper


@deco
def va(x: int, *more: int) -> int:
    return x + len(more)


print(apply(g, (1, 2, 3)), apply(lambda a, b, c: a - b - c, (9, 1, 1)))
h = g
print(h(1, *(2, 3)), h(*(4, 5), 6))
print(va(5))


def count(*xs: float) -> int:
    return len(xs)


print(count(), count(1.5), count(*[1.0, 2.0]), count(*[0.5]))
print(count(*(1.0, 2.0), 3.0))


def gen_args(*names: str) -> list[str]:
    return [n.upper() for n in names]


print(gen_args(*"abc"), gen_args(*{"x": 1}))


def side(n: int) -> int:
    print("eval", n)
    return n


print(g(side(1), *[side(2)], z=side(3)))
print(f(side(1), *[side(2), side(3)], k=side(4), x="y"))


class P:
    def __init__(self, x: int, y: int = 0) -> None:
        self.x = x
        self.y = y

    def total(self, *extra: int, scale: int = 1) -> int:
        return (self.x + self.y + sum(extra)) * scale


pt = P(*(3, 4))
print(pt.x, pt.y, pt.total(), pt.total(1, 2, scale=3), pt.total(*[5], **{"scale": 2}))
try:
    P(*[1, 2, 3])
except TypeError as e:
    print(e)
try:
    pt.total(**{"scal": 2})
except TypeError as e:
    print(e)
try:
    g(**{"x": 1, "y": 2}, y=3)
except TypeError as e:
    print(e)
