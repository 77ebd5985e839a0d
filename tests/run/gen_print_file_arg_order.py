# print(..., file=f) evaluates all its arguments before writing anything
# (difftest, gen_stdlib.py, campaign SL1 seed 5,100,800): multigen wrote
# each piece as soon as its argument was evaluated, so an argument that
# prints (a method printing on stdout) came out after the pieces before it.
# Also a narrowed Optional, an exception's type, a __repr__ raising after
# some pieces are written (CPython converts and writes them one by one),
# a writer object, flush=, and starred arguments.
import sys
from typing import Optional


class Log:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, s: str) -> int:
        self.parts.append(s)
        return len(s)


class Bad:
    def __init__(self, n: int) -> None:
        self.n = n

    def __repr__(self) -> str:
        return f'Bad({10 // self.n})'


def describe(tag: str) -> str:
    print('describing', tag)
    return tag.upper()


def main() -> None:
    print('out', describe('a'), 5, file=sys.stdout, flush=True)
    print('two', describe('b'), describe('c'), sep='|', file=sys.stdout)
    log = Log()
    print('log', describe('d'), file=log)
    print(log.parts)
    o: Optional[int] = len(log.parts)
    if o is not None:
        print('narrowed', o + 1, describe('e'), file=sys.stdout)
    try:
        raise KeyError('k')
    except KeyError as e:
        print('type', type(e), type(e).__name__, describe('f'), file=sys.stdout)
    try:
        print('x', describe('g'), Bad(0), 'y', file=sys.stdout)
    except ZeroDivisionError as e:
        print()
        print('caught', e)
    log2 = Log()
    try:
        print('p', Bad(1), Bad(0), file=log2)
    except ZeroDivisionError:
        print(log2.parts)
    xs = [1, 2, 3]
    print(*xs, describe('h'), sep='-', file=sys.stdout)
    print('err', describe('i'), file=sys.stderr)


main()
