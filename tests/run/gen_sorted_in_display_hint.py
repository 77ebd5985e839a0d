# difftest campaign M, seed 2105653: refused (sorted() of a display and a display in `in` lost the expected type).
# difftest program, seed 2105653
from typing import Optional
import math


G_TOTAL: dict[str, int] = {}


class CheckFailed(Exception):
    def __init__(self, code0: int) -> None:
        super().__init__(f"checkfailed {code0}")
        self.code0 = code0


class Item:
    def __init__(self, flag: dict[str, int]) -> None:
        self.flag = flag
        self.key: list[str] = []
    
    def __repr__(self) -> str:
        return f"Item(flag={self.flag}, key={self.key})"
    
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Item):
            return False
        return True
    
    def apply(self, arg0: list[int]) -> float:
        if arg0:
            arg0[len(arg0) % len(arg0)] += -2
        for i0 in range(-1, 2, 2):
            if max(arg0, key=lambda k0: int(k0 >= 255), default=len(arg0)) > (10 if False else i0):
                print(Item(flag=G_TOTAL), math.floor(1.5e-07 - -2.5))
                if self.flag:
                    print(self.flag.popitem())
            elif (0.2 >= 0.125 if 2.675 <= i0 else {i0, 16, len(G_TOTAL), i0} > {-100}) if '\u2028' != '3.5' else i0 < 256 or len(G_TOTAL) != i0:
                print(round(123456789012345678.0, 2))
                print(str(1e-7), 123456789012345678.0, math.isnan(1e-7), math.isinf(1e-7))
        return float(256) * (float(3))


class Node(Item):
    def __init__(self, flag: dict[str, int]) -> None:
        super().__init__(flag)
    
    def __repr__(self) -> str:
        return f"Node(flag={self.flag}, key={self.key})"
    
    def apply(self, arg0: list[int]) -> float:
        o0: Optional[int] = None
        if arg0:
            arg0[len(arg0) % len(arg0)] += 5
        return float(sum(len(arg0) for v0 in G_TOTAL.items()))
    
    def merge(self) -> str:
        print(self, self)
        n0, s0 = (G_TOTAL.get('\u2028', 8), 'Ångström' * 1)
        print(n0, s0)
        return (repr(self) + 'Ångström'.partition('=')[2])[:1]
    
    def total(self, arg0: str, arg1: str) -> bool:
        xs0: list[list[Item]] = sorted([[self for v0 in G_TOTAL.items() if (False if (5, arg1) >= (5, arg0) else 'gamma' > arg0)], [self for v1 in arg0], [Item(flag=G_TOTAL)], list([Item(G_TOTAL)])], key=lambda k0: 2)
        if sorted(G_TOTAL.values(), reverse=True) <= [ord(arg0[0]) if arg0 else -1 for v2 in G_TOTAL.items() if arg0.startswith('x')]:
            o0: Optional[int] = G_TOTAL.get('beta', 4)
        elif True:
            for i0 in range(0, 4):
                if 3 <= 10:
                    return False or {i0, 8, len(G_TOTAL), i0} < {i0, i0}
            o1: Optional[str] = None
            print('o1:', o1)
        return [self for v3 in G_TOTAL.values()] in xs0
    
    def summary(self, amt0: int) -> None:
        print(amt0, amt0)


d0 = {f"->{2.675:{0}.{4}g}": (0, 1e+22), 'İstanbul'.lstrip('-'): (1000, 1.5e-07)}
xs0: list[float] = [12.0 - 3.14159, math.hypot(4.0, 12.0)]
print('xs0', xs0)
o0: Optional[str] = None
print('o0', o0)
obj0: Node = Node(flag=G_TOTAL if 4 >= 25 else G_TOTAL)
print('obj0:', obj0)
if o0 is None:
    if math.atan(2.675) > (xs0[len(xs0) % len(xs0)] if xs0 else 2.675):
        print(f"{({0.7, 1e16, 0.1}.difference({0.7, 0.125, 1e-10, 3.14159}))!s}->{sum(0.0 + sum(xs0) for v0 in G_TOTAL.values()) + 0.0:#g}")
        G_TOTAL['\xa0nbsp'.lower()] = int(' -7 ')
    else:
        print(sorted(G_TOTAL.values()) + [3] * 2, end=';')
        d0['Zed' if len(xs0) > 99 else 'ab'] = (len(xs0), 2.5)
else:
    try:
        d0 = d0
        print(set([2 % max(3, 1) for v1 in d0.values() if any(-100.5 != -0.001 for v2 in xs0)]))
        xs1 = list(range(1))
        xs1[::2] = [255, 0] if 127 <= 9 else [len(d0), 42, 100]
        print(xs1)
        print(d0, d0)
    except ValueError as e0:
        print(f"caught {e0!r} {type(e0).__name__}")
        if (0, 3.14159) not in d0.values():
            print(f"{float('1.5'):_.1f}")
        obj0.key = ['Title Case', 'abcabc' + 'del\x7f', 'Ångström'[1::2], f"] {'gamma':{-8 % 12}}", 'x=1;y=2'.title().swapcase()]
    except IndexError as e1:
        print('caught', type(e1).__name__, e1)
        print('aaa'[-1:][:1] + ('Title Case' + '3.5'))
        n0 = len(('²' * 2).split()) - len(xs0)
    else:
        print('no exception')
print(o0, obj0, xs0)
print(d0)
