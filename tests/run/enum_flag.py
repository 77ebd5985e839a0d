from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
    NONE = 0


class Style(IntFlag):
    BOLD = auto()
    ITALIC = auto()
    UNDER = auto()


def has(p: Perm, q: Perm) -> bool:
    return q in p


rw = Perm.R | Perm.W
print(repr(rw), rw, rw is Perm.RW, rw.name, rw.value)
rx = Perm.R | Perm.X
print(repr(rx), rx, rx is (Perm.X | Perm.R), rx.value)
print(repr(Perm.R & Perm.W), Perm.R & Perm.W, (Perm.R & Perm.W).name, bool(Perm.R & Perm.W), bool(rx))
print(repr(~Perm.R), repr(~rw), repr(Perm.R ^ rx), repr(Perm(7)), Perm(0) is Perm.NONE)
print(list(Perm), len(Perm), has(rw, Perm.W), has(rw, Perm.X), Perm.W in rw)
print(Perm.NONE, repr(Perm.NONE), Perm(5))
s = Style.BOLD | Style.UNDER
print(s, repr(s), s + 1, s == 5, Style.ITALIC, repr(~Style.BOLD), f"{s:>4}")
print(repr(Style(8)), repr(Style(9)), repr(Style(-1)), Style(0), repr(Style(0)))
print(list(Style), {Perm.R: "r", rw: "rw"}, Style.BOLD < Style.UNDER)
try:
    Perm(8)
except ValueError as e:
    print(e)
