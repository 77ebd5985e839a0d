# === file: main.py ===
# difftest program, seed 1001416 (main module)
import dtpkg.core
import dtpkg.util as counter
counter.COUNT += 10
print("count", counter.COUNT, counter.bump(1))
print("done", 'dtpkg.core')

# === file: dtpkg/__init__.py ===

# === file: dtpkg/util.py ===
COUNT = 0


def bump(step: int) -> int:
    global COUNT
    COUNT += step
    return COUNT

# === file: dtpkg/core.py ===
# difftest program, seed 1001416
from .util import bump
bump(3)
from dataclasses import dataclass
from typing import Iterator
from types import TracebackType


class Mgr:
    def __init__(self, tag: str, swallow: bool) -> None:
        self.tag = tag
        self.swallow = swallow

    def __enter__(self) -> 'Mgr':
        print('enter', self.tag)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> bool:
        if exc_type is None:
            print('exit', self.tag)
        else:
            print('exit', self.tag, exc_type.__name__, self.swallow)
        return self.swallow


G_TOTAL: str = '42' if {9, 256} >= {127} else '\xa0nbsp'
G_NAMES: dict[str, int] = {}
G_LOG: float = 3.14159 % 1e-3


class ParseError(Exception):
    def __init__(self, detail0: str, detail1: str) -> None:
        super().__init__(f"parseerror {detail0} {detail1}")
        self.detail0 = detail0
        self.detail1 = detail1


class AppError(ParseError):
    def __init__(self, detail0: str, code1: int) -> None:
        super().__init__(detail0, detail0)
        self.detail0 = detail0
        self.code1 = code1


@dataclass(order=True)
class Item:
    ratio: int = 0
    
    @classmethod
    def make(cls, ratio: int) -> "Item":
        return cls(ratio % 100)
    
    @property
    def weight_of(self) -> bool:
        if (-10, G_TOTAL) > (-8, G_TOTAL):
            w0 = 0
            while True:
                w0 += 1
                if w0 > 3:
                    break
                print('-' in G_TOTAL, float(round(G_LOG % 1000.0)), -2.5)
                print({G_TOTAL + G_TOTAL: 1e16 + G_LOG})
        return str(len(G_TOTAL)) == 'a\tb\rc'
    
    def check(self, arg0: float) -> list[int]:
        self.ratio = (self.ratio + self.ratio) % 10007
        return sorted(G_NAMES.values())


class Node:
    def __init__(self, label: float, tags: int, ratio: Item) -> None:
        self.label = label
        self.tags = tags
        self.ratio = ratio
    
    def __repr__(self) -> str:
        return f"Node(label={self.label}, tags={self.tags}, ratio={self.ratio})"
    
    def __lt__(self, other: "Node") -> bool:
        return (self.label, self.tags) < (other.label, other.tags)
    
    def __bool__(self) -> bool:
        return self.tags > 0
    
    @classmethod
    def make(cls, label: float, tags: int, ratio: Item) -> "Node":
        return cls(label, tags, ratio)
    
    def apply(self) -> float:
        def gen0(xs: list[int]) -> Iterator[int]:
            try:
                for x0 in xs:
                    yield int('-3')
            finally:
                print('cleanup gen0')
        for v0 in gen0(sorted(G_NAMES.values())[:2]):
            if v0 > 15:
                break
            print('gen0', v0)
        print('after gen0')
        return G_LOG


def fn_runaway(n: int) -> int:
    if n % 100 == 99 and n < 900:
        print('deep', n)
    return fn_runaway(n + 1) + 1


d0: dict[str, int] = G_NAMES
print('d0', d0)
n0 = int(1.0) ** 3
f0 = G_LOG
print('f0', f0)
obj0: Item = Item()
print('obj0', obj0)
match obj0:
    case Item(ratio=3):
        print('case0')
    case Item() as m0:
        print('case1', m0)
        if False:
            with Mgr('w0', True):
                n0 = len(d0)
                print('index', (G_TOTAL + G_TOTAL)[-1])
            print('after', 'w0')
            print(Node(0.5, obj0.ratio, Item(ratio=1000) if n0 != 10 else m0))
            m0.ratio = (m0.ratio + (len(G_NAMES) ^ 12345)) % 1000
        elif f0 <= f0:
            if G_NAMES:
                print(G_NAMES.popitem())
            print(['%+d' % 99 for v0 in range(2, 8)])
        elif 'x' not in G_TOTAL:
            xs0 = ('-'.join('%g%6s%%' % (-1.0, G_TOTAL) for v1 in G_TOTAL).split(' '))[:1]
            print('xs0', xs0)
    case Item():
        print('case2')
    case Item(ratio=_):
        print('last')
print(f0, n0, d0)
print(obj0)
print(fn_runaway(2))
