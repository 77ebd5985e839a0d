# difftest campaign N, seed 2218310: refused (d[k] = {dict comprehension of subclass instances}).
# difftest program, seed 2218310
import math


class Item:
    PREFIX = ' '
    SEP = 'id-'
    
    def __init__(self) -> None:
        self.flag: list[int] = []
    
    def __repr__(self) -> str:
        return f"Item(flag={self.flag})"
    
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Item):
            return False
        return True
    
    def render(self, arg0: list[int]) -> int | None:
        self.flag = self.flag
        s0: str = repr(float('1e3'))
        print('s0', s0)
        if ',' not in '/'.join(s0.splitlines()):
            if 'tab\tsep'.count('b') not in arg0:
                s0 = s0[:19]
            s0 += 'ok'.rstrip()
        else:
            s1: str = '%x%%' % ((len(str(-1))) - 5 // -2,)
        return None
    
    def summary(self, amt0: int, amt1: int = 0) -> int | None:
        st0: set[int] = set()
        print('st0:', st0)
        return amt1
    
    def measure(self, arg0: list[int], arg1: str = '') -> int:
        arg0.append(100 * len(arg0))
        return max(arg0, key=lambda k0: (int(1.0), Item.PREFIX)) if arg0 else 9


class Node(Item):
    def __init__(self, score: int | None) -> None:
        super().__init__()
        self.score: int | None = score
    
    def __repr__(self) -> str:
        return f"Node(flag={self.flag}, score={self.score})"
    
    def __str__(self) -> str:
        return f"<Node {self.flag}>"
    
    def render(self, arg0: list[int]) -> int | None:
        self.flag = list(filter(lambda q0: '²'.endswith(''), arg0))
        if True:
            b0 = int(len(arg0) / (len(arg0) or 1)) >= math.floor(-100.5) - (-1 + len(arg0))
            print('b0:', b0)
        elif False if all(bool([v0, len(arg0), v0]) for v0 in range(6)) else 0.7 == 0.333:
            for j0, x0 in enumerate(arg0, -2):
                print(j0, x0)
                print('%s' % ('straße'.swapcase(),), int(3.14159 - 100.0))
        elif not len(arg0) == len(arg0):
            print()
        elif ('ba'.upper()) > '😀 smile' + '  spaced  out  ':
            s0 = '\xa0nbsp'[-3:][:1].lower().strip()
        else:
            s1: str = 'x=1;y=2'[::-1]
            print('s1:', s1)
        return (1000000007 - 9)
    
    def weight_of(self, arg0: bool, arg1: float) -> str:
        xs0: list[bool] = ['abcabc' != '²' for v0 in range(0, 9)][:6]
        print('xs0', xs0)
        print(self.summary(len(xs0) if 9 == 100 else 0, amt1=~65535))
        return 0 * Item.SEP


def main() -> None:
    n0 = -5
    s0 = f"x:{math.gcd(n0, n0)}{'{}/{:,}'.format(7.25, 1000000007)}{7.25 <= 1234.5678}".partition(',')[2]
    print('s0', s0)
    f0: float = float(n0)
    d0: dict[int, Item] = {0 + n0: Item(), n0 if 2.675 == f0 else len(s0): Item(), n0: Item()}
    print('d0', d0)
    obj0: Item = Item()
    print('obj0', obj0)
    xs0: list[int] = [n0 for v0 in s0][:1]
    print('xs0:', xs0)
    obj0.flag = [int('-3'), math.floor(9.99)]
    obj1: Node = Node(3)
    d1: dict[str, dict[str, Item]] = {s0: {'-7': Item(), 'a\tb\rc': obj0, s0: obj0, s0: Item()}, s0 + s0: {s0: Item()} if True else {s0: obj0}, 'ok': {'abcabc': obj0, s0: Item(), s0: obj0} if (n0 == n0) == (6.02e+23 > 1e16) else {s0: Item(), s0: obj0}}
    print('d1', d1)
    if obj0.flag:
        obj0.flag[(-2) % len(obj0.flag)] = (1000 ^ n0) % 3
    if len(xs0) > 1:
        xs0[1], xs0[0] = xs0[0], xs0[1]
    obj1.score = n0 * 99
    if obj0.flag:
        obj0.flag[n0 % len(obj0.flag)] = len(d0)
    if isinstance(obj0, Node):
        print('Node', obj0.score)
        try:
            d1[Item.SEP] = {1 * s0: obj0 for v1 in d0.items()}
            print(None, sep=' - ')
            xs1 = list(range(4))
            xs1[::2] = xs0
            print(xs1)
            print((n0, s0) < (n0, s0) and 25 > n0 if (n0 >= n0 if {n0, 0, n0, 7} != {127, 1000, n0, n0} else '' == 'naïve') else ((n0 != n0) != (n0 <= n0)))
            obj1.flag = xs0
        except ValueError as e0:
            print('caught', type(e0).__name__, e0)
        finally:
            print('finally')
            obj1.flag.append(min(xs0) if xs0 else 0)
    else:
        obj1 = obj1
    print(d1, n0, xs0)
    print(obj0, obj1, d0)
    print(f0, s0)


main()
