"""Enum and named tuple forms of the random program generator (`gen.py`).

A mixin of `gen.Gen`: `s_enum` uses one of a fixed set of module-level
classes (an `Enum` with an alias, an `IntEnum`, a `StrEnum` with `auto()`,
a `Flag`, a `NamedTuple`), which `ENUM_PRELUDE` defines when a program
uses them, with random int expressions of the enclosing scope: lookups by
value (caught `ValueError`s included), `IntEnum` arithmetic and formatting,
flag combinations, iteration, members as dict keys, named tuple
indexing, unpacking, comparison and `_replace`.
"""

INT = "int"

ENUM_IMPORTS = [
    "from enum import Enum, Flag, IntEnum, StrEnum, auto",
    "from typing import NamedTuple",
]

ENUM_PRELUDE = [
    "class DtColor(Enum):",
    "    RED = 1",
    "    GREEN = 2",
    "    BLUE = 3",
    "    CRIMSON = 1",
    "",
    "",
    "class DtLevel(IntEnum):",
    "    LOW = auto()",
    "    MID = auto()",
    "    HIGH = 7",
    "",
    "",
    "class DtShape(StrEnum):",
    "    CIRCLE = auto()",
    "    SQUARE = 'sq'",
    "",
    "",
    "class DtPerm(Flag):",
    "    R = 4",
    "    W = 2",
    "    X = 1",
    "",
    "",
    "class DtPt(NamedTuple):",
    "    x: int",
    "    y: int = 0",
    "",
    "",
]


class EnumForms:
    """Statements built around enums and named tuples (methods of `gen.Gen`)."""

    def s_enum(self, ctx):
        if ctx.in_comp:
            return None
        self.uses_enum = True
        e = self.wrap_int(self.gen(INT, ctx, 1)).c
        v = ctx.fresh("ev")
        form = self.pick(["lookup", "level", "flag", "iter", "dict", "nt"])
        head = [f"{v}: int = ({e}) % 9"]
        if form == "lookup":
            x = ctx.fresh("ex")
            return head + [
                "try:",
                f"    print(DtColor({v}), repr(DtColor({v})), DtColor({v}).name)",
                f"except ValueError as {x}:",
                f"    print('no color', {x})",
            ]
        if form == "level":
            return head + [
                f"print(DtLevel.HIGH + {v}, DtLevel.MID * {v} < DtLevel.HIGH, DtLevel.LOW == {v},"
                f" f'{{DtLevel.MID:>4}}|{{DtLevel.HIGH}}|{{DtLevel.LOW!r}}', [10, 20, 30][DtLevel.MID])",
            ]
        if form == "flag":
            f = ctx.fresh("fl")
            return head + [
                f"{f} = DtPerm({v} % 8)",
                f"print(repr({f}), {f}, DtPerm.R in {f}, bool({f}), repr({f} | DtPerm.X),"
                f" repr(~{f}), repr({f} & DtPerm.W), {f} is DtPerm({v} % 8))",
            ]
        if form == "iter":
            m = ctx.fresh("em")
            return head + [
                f"for {m} in DtColor:",
                f"    print({m}, {m}.value + {v}, {m} is DtColor.CRIMSON)",
                "print(list(DtShape), len(DtLevel), DtShape.CIRCLE == 'circle', f'{DtShape.SQUARE:>4}|')",
            ]
        if form == "dict":
            d = ctx.fresh("ed")
            c = ctx.fresh("ec")
            return head + [
                f"{d}: dict[DtColor, int] = {{{c}: {c}.value * {v} for {c} in DtColor}}",
                f"print({d}, {d}[DtColor.CRIMSON], DtColor['BLUE'] in {d})",
            ]
        p = ctx.fresh("ep")
        a = ctx.fresh("ea")
        b = ctx.fresh("eb")
        return head + [
            f"{p} = DtPt({v}, {v} % 4)",
            f"{a}, {b} = {p}",
            f"print({p}, {p}[0] + {b}, {p} < DtPt(4), {p} == ({a}, {b}), {p}._replace(y={a}), list({p}))",
        ]
