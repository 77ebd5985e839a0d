"""Special methods, `__slots__` and nested classes in the random program
generator (`gen.py`).

A mixin of `gen.Gen`: `s_dunder` uses a small set of module-level classes
that `dunder_prelude` defines when a program uses them: a vector class
with arithmetic, reflected, in-place, unary, `@`, `__format__`,
`__round__`, iteration, `__reversed__`, `__getitem__`, `__len__` and
orderings; a subclass overriding some of them (dispatch through the
virtual table); an index class (`__index__`, `__int__`); and a class with
a nested class. Which in-place methods and `__slots__` the classes have
is drawn per program, so `+=` also falls back to `__add__`. The
statements combine them with random int expressions of the enclosing
scope, and catch the `ZeroDivisionError` and `IndexError` the methods may
raise.
"""

import random

INT = "int"

FORMAT_SPECS = ["", ">4", "<3", "^5", "+", "03d", "x", "_>6", "+04"]


def dunder_prelude(variant):
    """The classes, as lines; `variant` holds the per-program choices."""
    slots = variant["slots"]
    out = ["class DtVec:"]
    if slots:
        out.append('    __slots__ = ("x", "y")')
        out.append("")
    out += [
        "    def __init__(self, x: int, y: int) -> None:",
        "        self.x = x",
        "        self.y = y",
        "",
        "    def __add__(self, o: 'DtVec') -> 'DtVec':",
        "        return DtVec(self.x + o.x, self.y + o.y)",
        "",
        "    def __sub__(self, o: 'DtVec') -> 'DtVec':",
        "        return DtVec(self.x - o.x, self.y - o.y)",
        "",
        "    def __mul__(self, k: int) -> 'DtVec':",
        "        return DtVec(self.x * k, self.y * k)",
        "",
        "    def __rmul__(self, k: int) -> 'DtVec':",
        "        return DtVec(k * self.x, k * self.y + 1)",
        "",
        "    def __radd__(self, k: int) -> 'DtVec':",
        "        return DtVec(self.x + k, self.y)",
        "",
        "    def __floordiv__(self, k: int) -> 'DtVec':",
        "        return DtVec(self.x // k, self.y // k)",
        "",
        "    def __mod__(self, k: int) -> 'DtVec':",
        "        return DtVec(self.x % k, self.y % k)",
        "",
        "    def __matmul__(self, o: 'DtVec') -> int:",
        "        return self.x * o.x + self.y * o.y",
        "",
        "    def __neg__(self) -> 'DtVec':",
        "        return DtVec(-self.x, -self.y)",
        "",
        "    def __abs__(self) -> int:",
        "        return abs(self.x) + abs(self.y)",
        "",
        "    def __invert__(self) -> 'DtVec':",
        "        return DtVec(self.y, self.x)",
        "",
        "    def __round__(self, n: int = 0) -> 'DtVec':",
        "        p = 10 ** max(0, -n)",
        "        return DtVec(self.x // p * p, self.y // p * p)",
        "",
        "    def __eq__(self, o: object) -> bool:",
        "        return isinstance(o, DtVec) and self.x == o.x and self.y == o.y",
        "",
        "    def __hash__(self) -> int:",
        "        return self.x * 31 + self.y",
        "",
        "    def __lt__(self, o: 'DtVec') -> bool:",
        "        return (self.x, self.y) < (o.x, o.y)",
        "",
        "    def __len__(self) -> int:",
        "        return abs(self.x) % 3",
        "",
        "    def __iter__(self) -> Iterator[int]:",
        "        yield self.x",
        "        yield self.y",
        "",
        "    def __reversed__(self) -> Iterator[int]:",
        "        yield self.y",
        "        yield self.x",
        "",
        "    def __getitem__(self, i: int) -> int:",
        "        return [self.x, self.y][i]",
        "",
        "    def __format__(self, spec: str) -> str:",
        "        return '<' + format(self.x, spec) + ',' + format(self.y, spec) + '>'",
        "",
        "    def __repr__(self) -> str:",
        "        return f'DtVec({self.x}, {self.y})'",
        "",
    ]
    if variant["iadd"]:
        out += [
            "    def __iadd__(self, o: 'DtVec') -> 'DtVec':",
            "        self.x += o.x",
            "        self.y += o.y",
            "        return self",
            "",
        ]
    if variant["imul"]:
        out += [
            "    def __imul__(self, k: int) -> 'DtVec':",
            "        self.x *= k",
            "        self.y *= k",
            "        return self",
            "",
        ]
    out += ["", "class DtVec3(DtVec):"]
    if slots:
        out += ['    __slots__ = ("z",)', ""]
    out += [
        "    def __init__(self, x: int, y: int, z: int) -> None:",
        "        super().__init__(x, y)",
        "        self.z = z",
        "",
        "    def __add__(self, o: DtVec) -> DtVec:",
        "        return DtVec3(self.x + o.x, self.y + o.y, self.z)",
        "",
        "    def __format__(self, spec: str) -> str:",
        "        return '3' + super().__format__(spec) + format(self.z, spec)",
        "",
        "    def __repr__(self) -> str:",
        "        return f'DtVec3({self.x}, {self.y}, {self.z})'",
        "",
    ]
    if variant["sub_iadd"]:
        out += [
            "    def __iadd__(self, o: DtVec) -> DtVec:",
            "        self.z += 1",
            "        self.x += o.x",
            "        return self",
            "",
        ]
    out += [
        "",
        "class DtIdx:",
        "    def __init__(self, i: int) -> None:",
        "        self.i = i",
        "",
        "    def __index__(self) -> int:",
        "        return self.i",
        "",
        "    def __int__(self) -> int:",
        "        return self.i * 10",
        "",
        "",
        "class DtBox:",
        "    class Item:",
        "        def __init__(self, v: int) -> None:",
        "            self.v = v",
        "",
        "        def __repr__(self) -> str:",
        "            return f'Item({self.v})'",
        "",
        "    first = Item(0)",
        "",
        "    def __init__(self) -> None:",
        "        self.items: list[DtBox.Item] = [DtBox.first]",
        "",
        "    def add(self, v: int) -> 'DtBox.Item':",
        "        it = DtBox.Item(v)",
        "        self.items.append(it)",
        "        return it",
        "",
        "",
    ]
    return out


class DunderForms:
    """Statements built around the special-method classes (methods of `gen.Gen`)."""

    def s_dunder(self, ctx):
        if ctx.in_comp:
            return None
        if not hasattr(self, "dunder_variant"):
            rv = random.Random(f"dunders {self.seed}")
            self.dunder_variant = {
                "slots": rv.random() < 0.5,
                "iadd": rv.random() < 0.5,
                "imul": rv.random() < 0.5,
                "sub_iadd": rv.random() < 0.5,
            }
            # A subclass's own `__iadd__` under a base falling back to
            # `__add__` is refused (multigen picks the method statically).
            self.dunder_variant["sub_iadd"] &= self.dunder_variant["iadd"]
        self.uses_typing.add("Iterator")
        e = [self.wrap_int(self.gen(INT, ctx, 1)).c for _ in range(2)]
        a, b, k = ctx.fresh("va"), ctx.fresh("vb"), ctx.fresh("vk")
        head = [
            f"{k}: int = ({e[0]}) % 7 - 2",
            f"{a}: DtVec = DtVec(({e[1]}) % 50, {k} * 3)",
            f"{b}: DtVec = DtVec3({k}, ({e[0]}) % 40, {k} + 1) if {k} % 2 else DtVec({k}, 5)",
        ]
        form = self.pick(["arith", "inplace", "format", "index", "iter", "cmp", "nested", "div"])
        spec = self.pick(FORMAT_SPECS)
        if form == "arith":
            return head + [
                f"print({a} + {b}, {a} - {b}, {a} * {k}, {k} * {a}, {k} + {a}, -{a}, abs({b}), ~{a}, {a} @ {b})",
                f"print(round({a}, -1), round({b}), type({a} + {b}).__name__, type({b}) == type({a}))",
            ]
        if form == "inplace":
            c = ctx.fresh("vc")
            return head + [
                f"{c} = {a}",
                f"{a} += {b}",
                f"{a} *= {k}",
                f"{b} += DtVec(1, 1)",
                f"print({a}, {b}, {c} is {a}, {c})",
            ]
        if form == "format":
            return head + [
                f"print(f'{{{a}}}|{{{a}:{spec}}}|{{{b}:{spec}}}|{{{b}!r:>12}}', format({a}, '{spec}'),"
                f" format({k}, '{spec}'), format({b}))",
            ]
        if form == "index":
            i, x = ctx.fresh("vi"), ctx.fresh("vx")
            return head + [
                f"{i} = DtIdx(({k} + 2) % 5)",
                f"{x} = [{a}.x, {a}.y, {k}, 7, 9]",
                f"print({x}[{i}], 'abcdef'[{i}], (1, 2, 3, 4, 5)[{i}], list(range({i})), bin({i}), hex({i}),"
                f" oct({i}), int({i}), {x}[DtIdx(0):{i}])",
            ]
        if form == "iter":
            y = ctx.fresh("vy")
            return head + [
                f"for {y} in reversed({b}):",
                f"    print({y}, end=' ')",
                f"print(list({a}), list(reversed({a})), sum({b}), len({a}), bool({a}), {a}[1], max({b}))",
            ]
        if form == "cmp":
            return head + [
                f"print({a} == {b}, {a} != {b}, {a} < {b}, {a} > {b}, sorted([{a}, {b}, DtVec(0, 0)]),"
                f" {a} in {{{b}: 1}}, {b} == {b})",
            ]
        if form == "nested":
            bx = ctx.fresh("vbox")
            return head + [
                f"{bx} = DtBox()",
                f"{bx}.add({k}).v += 1",
                f"print({bx}.items, type({bx}.items[-1]).__qualname__, DtBox.Item.__name__,"
                f" isinstance({bx}.items[0], DtBox.Item))",
            ]
        z = ctx.fresh("vz")
        return head + [
            "try:",
            f"    print({a} // {k}, {b} % {k}, {b}[{k}])",
            f"except (ZeroDivisionError, IndexError) as {z}:",
            f"    print(type({z}).__name__, {z})",
        ]
