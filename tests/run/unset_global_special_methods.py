# Globals read by functions that the module body runs implicitly, through
# special methods, before the globals are assigned: each read raises
# NameError (multigen used to read an unwritten slot: zero, or a null
# pointer that crashed the runtime).


class C:
    def __repr__(self) -> str:
        return "C" + Z


class V:
    def __init__(self, x: int) -> None:
        self.x = x

    def __add__(self, o: "V") -> "V":
        return V(self.x + o.x + len(S))

    def m(self) -> int:
        return len(S)


class It:
    def __init__(self) -> None:
        self.i = 0

    def __iter__(self) -> "It":
        return self

    def __next__(self) -> int:
        self.i += 1
        if self.i > len(T):
            raise StopIteration
        return self.i


class B:
    def __bool__(self) -> bool:
        return len(U) > 0

    def __len__(self) -> int:
        return len(U)


class K:
    def __init__(self, v: int) -> None:
        self.v = v

    def __lt__(self, o: "K") -> bool:
        return self.v * P < o.v * P

    def __eq__(self, o: object) -> bool:
        return isinstance(o, K) and self.v == o.v + P - P

    def __hash__(self) -> int:
        return self.v + P


def key(x: int) -> int:
    return x * M


c = C()
a = V(1)
b = B()
ks = [K(2), K(1)]
try:
    print(c)
except NameError as e:
    print("repr:", e)
try:
    print((a + a).x)
except NameError as e:
    print("add:", e)
try:
    print(a.m())
except NameError as e:
    print("method:", e)
try:
    for v in It():
        print(v)
except NameError as e:
    print("next:", e)
try:
    if b:
        print("yes")
except NameError as e:
    print("bool:", e)
try:
    print(len(b))
except NameError as e:
    print("len:", e)
try:
    ks.sort()
except NameError as e:
    print("lt:", e)
try:
    print(K(1) in ks)
except NameError as e:
    print("eq:", e)
try:
    print({K(1): 1})
except NameError as e:
    print("hash:", e)
try:
    print(sorted([3, 1, 2], key=lambda x: key(x)))
except NameError as e:
    print("key:", e)

Z = "z"
S = "abc"
T = [1, 2]
U = [1]
P = 1
M = -1
print(c, (a + a).x, a.m(), [v for v in It()], bool(b), len(b))
ks.sort()
print([k.v for k in ks], K(1) in ks, len({K(1), K(1)}))
print(sorted([3, 1, 2], key=lambda x: key(x)))
