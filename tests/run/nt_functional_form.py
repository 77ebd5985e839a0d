from typing import NamedTuple, List, Optional
import typing

NT1 = NamedTuple('NT1', [('n', int), ('l', List[str])])
NT3 = typing.NamedTuple("NT3", [("a", float)])

a = [NT1(n, [str(n)]) for n in range(3)]
for nt1 in a:
    n, l = nt1
    print(n, l, nt1, nt1.n, nt1._replace(n=9))
print(NT3(1.5), NT1._fields)

def best(xs: list[int]) -> Optional[int]:
    return max(xs, default=None)

print(best([]), best([3, 9, 2]))
print(min([5, 2, 8], key=lambda v: -v, default=None))
e: list[str] = []
r = min(e, default=None)
print(r is None, r)
o: list[Optional[int]] = []
print(max([x for x in o if x is not None], default=None))
