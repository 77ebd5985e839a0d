# Special methods inherited along the MRO: __repr__ and __eq__/__hash__
# from a mixin, ordering from another base, __len__/__bool__, dict keys,
# sorting and printing containers of such objects.


class ReprMixin:
    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key()})"

    def key(self) -> str:
        return "?"


class KeyEq:
    def key(self) -> str:
        return ""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KeyEq):
            return False
        return self.key() == other.key()

    def __hash__(self) -> int:
        return len(self.key())


class Ordered:
    def rank(self) -> int:
        return 0

    def __lt__(self, other: "Ordered") -> bool:
        return self.rank() < other.rank()


class Sized:
    def __len__(self) -> int:
        return 0


class Item(ReprMixin, KeyEq, Ordered, Sized):
    def __init__(self, name: str, rank: int) -> None:
        self.name = name
        self.r = rank

    def key(self) -> str:
        return self.name

    def rank(self) -> int:
        return self.r

    def __len__(self) -> int:
        return self.r


class Plain(ReprMixin, Ordered):
    def __init__(self, n: int) -> None:
        self.n = n

    def key(self) -> str:
        return str(self.n)

    def rank(self) -> int:
        return -self.n


a = Item("apple", 3)
b = Item("berry", 1)
c = Item("apple", 0)
print(a, b, c)
print([a, b, c])
print(a == c, a == b, a != b, a == Plain(1))
print(sorted([a, b, c]))
print(min([a, b, c]), max([a, b, c]))
d = {a: 1, b: 2}
d[c] = 5
print(d)
print({a, b, c})
print(len(a), bool(c), bool(b), "yes" if c else "no")
ps = [Plain(2), Plain(5), Plain(1)]
print(sorted(ps), str(ps[0]), repr(ps[1]))
print(b < a, a < b, Plain(1) < Plain(0))
mixed: list[Ordered] = [a, Plain(3), b, Plain(-4)]
print(sorted(mixed))
