# difftest campaign L, seed 2000200 (refused: del of an annotated class attribute on an instance).
# difftest program, seed 2000200
from dataclasses import dataclass
import math


G_TOTAL: dict[str, int] = {}
G_NAMES: list[str] = ["it's", 'alpha', 'naïve'] if 9 == 2 else ['beta']


class AppError(ValueError):
    def __init__(self, detail0: str, code1: int) -> None:
        super().__init__(f"apperror {detail0} {code1}")
        self.detail0 = detail0
        self.code1 = code1


class StateError(AppError):
    pass


class CheckFailed(ValueError):
    def __init__(self, detail0: str, code1: int) -> None:
        super().__init__(f"checkfailed {detail0} {code1}")
        self.detail0 = detail0
        self.code1 = code1


@dataclass(order=True, frozen=True)
class Item:
    label: int = 0
    size: bool = False
    
    @classmethod
    def make(cls, label: int, size: bool) -> "Item":
        return cls(label, size)
    
    def grow(self, arg0: float) -> int:
        print('x=1;y=2'.swapcase() >= (G_NAMES[1 % len(G_NAMES)] if G_NAMES else '1,2,3'))
        xs0 = G_NAMES
        print('xs0:', xs0)
        return self.label


class Node:
    size: float = 0.5
    
    def __init__(self, ready: bool, ratio: bool, name: int, size: float) -> None:
        self.name: int = name
        if ready:
            self.ratio: bool = ratio
            self.score = G_TOTAL.get('\x1b[0m', name)
    
    def __repr__(self) -> str:
        return f"Node(size={self.size})"
    
    def check(self) -> bool:
        print(0.5 * 12.0 * 0.5, list(reversed([all(True if 42 < 0 != 8 else (99, v1) >= (4, v1) for v1 in G_NAMES) for v0 in G_TOTAL.items()])), end=';')
        try:
            self.score += 9
            print(f"name={self.name:x}")
        except Exception as e0:
            print(type(e0).__name__)
        return 256 - 25 < -99999


def main() -> None:
    n0 = len([16, 255][::-1]) * G_NAMES.count('½')
    print('n0:', n0)
    st0 = {len(G_NAMES), (n0 != n0) - False, n0}
    s0 = max(G_NAMES, key=lambda k0: int(str(5)) + 5 % (abs(7) + 1), default='naïve')[-5:-4]
    print('s0', s0)
    s1: str = min(G_NAMES, key=lambda k1: ('' + 'x\u3000y') * 3, default=s0).strip()[:5]
    obj0: Item = Item()
    obj1: Node = (Node(n0 >= n0, n0 <= 5, 25, 0.0) if n0 != n0 else Node(10 >= 100, n0 == 2, 42, (-2.5))) if s1.istitle() else Node(0.333 > 0.3, s0 >= s1, 127, size=6.02e+23)
    print('obj1:', obj1)
    n0 += math.gcd(n0, 127) % 100
    print(obj1.check())
    print(G_NAMES, obj1, 0.333 - 6.02e+23, divmod(0.7, max(float('1e3'), 0.5))[1])
    s1 += str([Node(s0 > 'racecar', n0 <= 99, 127, 0.3), obj1])[:3]
    print(9.99 + 1e-10 <= 6.02e+23 / max(-0.0, 0.5))
    try:
        print(n0, G_TOTAL, n0)
        try:
            print('score', obj1.score)
        except AttributeError as e0:
            print(e0.args)
        else:
            print('present')
        raise AppError('%x%%' % n0, n0)
        try:
            del obj1.size
            print('deleted size', obj1.size)
            print(obj1.name)
        except Exception as e1:
            print(type(e1).__name__, e1)
        obj1.name = (n0 - n0) % 65536
    except Exception as e2:
        print('caught', repr(e2))
        s2 = (s1 + s1)[:22]
        print('s2', s2)
    else:
        print('no exception')
        obj1.size = float(' -2.25 ')
    finally:
        print('finally')
        s0 = (2 * f"->{'delta':>3}{s1:^{n0 % 12}}[{n0}")[:20]
    print(s1, obj1, st0)
    print(n0, obj0, s0)


if __name__ == "__main__":
    main()
