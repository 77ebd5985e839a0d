# difftest program, seed 2000626
from typing import Callable, Iterator
import math


class DtVec:
    __slots__ = ("x", "y")

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __add__(self, o: 'DtVec') -> 'DtVec':
        return DtVec(self.x + o.x, self.y + o.y)

    def __sub__(self, o: 'DtVec') -> 'DtVec':
        return DtVec(self.x - o.x, self.y - o.y)

    def __mul__(self, k: int) -> 'DtVec':
        return DtVec(self.x * k, self.y * k)

    def __rmul__(self, k: int) -> 'DtVec':
        return DtVec(k * self.x, k * self.y + 1)

    def __radd__(self, k: int) -> 'DtVec':
        return DtVec(self.x + k, self.y)

    def __floordiv__(self, k: int) -> 'DtVec':
        return DtVec(self.x // k, self.y // k)

    def __mod__(self, k: int) -> 'DtVec':
        return DtVec(self.x % k, self.y % k)

    def __matmul__(self, o: 'DtVec') -> int:
        return self.x * o.x + self.y * o.y

    def __neg__(self) -> 'DtVec':
        return DtVec(-self.x, -self.y)

    def __abs__(self) -> int:
        return abs(self.x) + abs(self.y)

    def __invert__(self) -> 'DtVec':
        return DtVec(self.y, self.x)

    def __round__(self, n: int = 0) -> 'DtVec':
        p = 10 ** max(0, -n)
        return DtVec(self.x // p * p, self.y // p * p)

    def __eq__(self, o: object) -> bool:
        return isinstance(o, DtVec) and self.x == o.x and self.y == o.y

    def __hash__(self) -> int:
        return self.x * 31 + self.y

    def __lt__(self, o: 'DtVec') -> bool:
        return (self.x, self.y) < (o.x, o.y)

    def __len__(self) -> int:
        return abs(self.x) % 3

    def __iter__(self) -> Iterator[int]:
        yield self.x
        yield self.y

    def __reversed__(self) -> Iterator[int]:
        yield self.y
        yield self.x

    def __getitem__(self, i: int) -> int:
        return [self.x, self.y][i]

    def __format__(self, spec: str) -> str:
        return '<' + format(self.x, spec) + ',' + format(self.y, spec) + '>'

    def __repr__(self) -> str:
        return f'DtVec({self.x}, {self.y})'


class DtVec3(DtVec):
    __slots__ = ("z",)

    def __init__(self, x: int, y: int, z: int) -> None:
        super().__init__(x, y)
        self.z = z

    def __add__(self, o: DtVec) -> DtVec:
        return DtVec3(self.x + o.x, self.y + o.y, self.z)

    def __format__(self, spec: str) -> str:
        return '3' + super().__format__(spec) + format(self.z, spec)

    def __repr__(self) -> str:
        return f'DtVec3({self.x}, {self.y}, {self.z})'

    def __iadd__(self, o: DtVec) -> DtVec:
        self.z += 1
        self.x += o.x
        return self


class DtIdx:
    def __init__(self, i: int) -> None:
        self.i = i

    def __index__(self) -> int:
        return self.i

    def __int__(self) -> int:
        return self.i * 10


class DtBox:
    class Item:
        def __init__(self, v: int) -> None:
            self.v = v

        def __repr__(self) -> str:
            return f'Item({self.v})'

    first = Item(0)

    def __init__(self) -> None:
        self.items: list[DtBox.Item] = [DtBox.first]

    def add(self, v: int) -> 'DtBox.Item':
        it = DtBox.Item(v)
        self.items.append(it)
        return it


G_TOTAL: int = -100 // max(5, 1)
G_NAMES: dict[str, int] = {}
G_LOG: list[int] = list(reversed([5]))


class AppError(Exception):
    pass


class CheckFailed(Exception):
    def __init__(self, detail0: str, code1: int) -> None:
        super().__init__(f"checkfailed {detail0} {code1}")
        self.detail0 = detail0
        self.code1 = code1


def fn_calc0(p0: str = 'none') -> int:
    print('\u2028', sum(float('0.1') for v0 in G_LOG) + 0.0)
    f0: float = ((ord(p0[0]) if p0 else -1) % max(sum(-len(p0) for v1 in G_NAMES), 1)) % -10
    return (0 | G_TOTAL) % 13


def fn_mix1(p0: tuple[float, float]) -> str:
    if G_LOG:
        G_LOG[-3 % len(G_LOG)] -= 9
    G_NAMES['Ångström'] = (G_NAMES.get('Ångström', 0) + (G_TOTAL | 16) % 1000) % 100003
    if 127 >= G_TOTAL and G_TOTAL != G_TOTAL if '\u2028' != 'lower' else {G_TOTAL, 100, -3} >= {len(G_LOG), -100, G_TOTAL}:
        s0 = f"{0 / len('' + 'x') + 0.333 / max(-3.75, 0.5)}"
        cl0: Callable[[list[int]], int] = lambda a0: 255
        n0 = cl0(G_LOG[1:3])
        print('cl0:', n0)
    else:
        if bool(' pad '.zfill(1)):
            G_LOG.reverse()
            print(round(1.7976931348623157e308, 2), math.isnan(1e-7), math.isinf(1e-7), str(1e-7))
        else:
            def va0(p0: int, *rest: int, k: int = 1, **kw: int) -> str:
                return f"{p0} {rest} {k} {kw}"
            print(va0(G_TOTAL, G_TOTAL, ~G_TOTAL))
            print(va0(5, max(G_LOG, key=lambda k0: (255, 'ǅemal') if '0'.isdigit() else (G_TOTAL, 'del\x7f')) if G_LOG else len(G_LOG), 5, G_TOTAL - G_TOTAL, z=round(0.7)))
            print(va0(max(G_LOG, key=lambda k1: f"->{k1}{{{25!s}" + '²'.title()) if G_LOG else 7))
            try:
                print(va0(**{'p0': 1, 'p1': 2}))
            except TypeError as e:
                print(e)
    return 'back\\slash'.center(10) + 'a\x1cb'.strip('a')


def main() -> None:
    s0 = '/'.join(max('café', 'Σίσυφος').splitlines()) * 1
    print('s0', s0)
    s1 = ' '.join(sorted(G_NAMES.keys()))[:14]
    print('s1:', s1)
    print(G_TOTAL > -100 if G_TOTAL < G_TOTAL < 256 else 1e+22 >= 0.5)
    for i0 in range(-3, 0, 3):
        print(i0)
        w0 = 0
        while True:
            w0 += 1
            if w0 > 5:
                break
            vk0: int = (G_LOG[255 % len(G_LOG)] if G_LOG else 4) % 7 - 2
            va0: DtVec = DtVec((round(4.0)) % 50, vk0 * 3)
            vb0: DtVec = DtVec3(vk0, (G_LOG[255 % len(G_LOG)] if G_LOG else 4) % 40, vk0 + 1) if vk0 % 2 else DtVec(vk0, 5)
            vc0 = va0
            va0 += vb0
            va0 *= vk0
            vb0 += DtVec(1, 1)
            print(va0, vb0, vc0 is va0, vc0)
        for ch0 in s0[:5]:
            print(ch0)
            if 'an' in s0 + 'x=1;y=2':
                if {w0, G_TOTAL} < {4, i0}:
                    continue
                f0: float = (float('.5') * float(~i0))
                print('f0:', f0)
            if 'o' in s0:
                continue
            s1 += ('y' + ch0)[:2]; s1 = s1[-17:]
            t0 = (G_TOTAL, int(str(1000)))
            print('t0:', t0)
    else:
        print('loop done')
        vk1: int = (len(G_NAMES)) % 7 - 2
        va1: DtVec = DtVec((-2147483648 % 100) % 50, vk1 * 3)
        vb1: DtVec = DtVec3(vk1, (len(G_NAMES)) % 40, vk1 + 1) if vk1 % 2 else DtVec(vk1, 5)
        for vy0 in reversed(vb1):
            print(vy0, end=' ')
        print(list(va1), list(reversed(va1)), sum(vb1), len(va1), bool(va1), va1[1], max(vb1))
    print(s0, s1)


if __name__ == "__main__":
    main()
