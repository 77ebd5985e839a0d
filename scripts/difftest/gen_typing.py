"""Typing forms of the random program generator (`gen.py`).

A mixin of `gen.Gen` for what issue 13 added to the checker: module-level
generic functions (`TypeVar`s, `Sequence`/`Iterable`/`Mapping`
parameters, `Callable[[T], U]` and `Callable[..., R]` parameters), a
`Generic[T]` class, `Final` constants and type aliases (`typing_prelude`),
and statements calling them with values of several types
(`s_generic_call`), so that one template is instantiated at several
bindings in one program. Kept apart from `gen.py` to keep that file's size
in check.
"""

INT, BOOL, STR = "int", "bool", "str"
LIST_INT = ("list", "int")
LIST_STR = ("list", "str")
# `gen.py`'s precedence of `or`: comprehension clauses take an `or_test`.
P_OR = 2


class TypingForms:
    """Generic functions and classes (methods of `gen.Gen`)."""

    def typing_prelude(self):
        """The module-level definitions `s_generic_call` uses."""
        self.uses_typing.update(
            ["TypeVar", "Sequence", "Iterable", "Mapping", "Callable", "Generic", "Final", "Any", "Optional"])
        self.typing_on = True
        k = self.r.randint(2, 9)
        return [
            "T = TypeVar('T')",
            "U = TypeVar('U')",
            f"TY_LIMIT: Final = {k}",
            "IntRows = list[list[int]]",
            "",
            "",
            "def ty_first(xs: Sequence[T], default: T) -> T:",
            "    return xs[0] if len(xs) > 0 else default",
            "",
            "",
            "def ty_count(xs: Iterable[T], x: T) -> int:",
            "    n = 0",
            "    for y in xs:",
            "        if y == x:",
            "            n += 1",
            "    return n",
            "",
            "",
            "def ty_map(f: Callable[[T], U], xs: Iterable[T]) -> list[U]:",
            "    return [f(x) for x in xs][:TY_LIMIT]",
            "",
            "",
            "def ty_keys(m: Mapping[str, T]) -> list[str]:",
            "    return sorted(m)",
            "",
            "",
            "def ty_call(f: Callable[..., T], *args: Any) -> T:",
            "    return f(*args)",
            "",
            "",
            "def ty_diff(a: int, b: int) -> int:",
            "    return a - b if a > b else b - a",
            "",
            "",
            "def ty_joined(s: str, n: int) -> str:",
            "    return s * (n % 3)",
            "",
            "",
            "def ty_sums(rows: IntRows) -> list[int]:",
            "    return [sum(r) for r in rows]",
            "",
            "",
            "class TyBox(Generic[T]):",
            "    def __init__(self, value: T) -> None:",
            "        self.value = value",
            "        self.history: list[T] = [value]",
            "",
            "    def put(self, value: T) -> None:",
            "        self.history.append(value)",
            "        self.value = value",
            "",
            "    def last(self, n: int) -> list[T]:",
            "        return self.history[-n:]",
            "",
            "",
        ]

    def s_generic_call(self, ctx):
        """A call of one of the prelude's generic definitions."""
        if not getattr(self, "typing_on", False) or ctx.in_comp:
            return None
        form = self.pick(["first", "count", "map", "keys", "call", "sums", "box"])
        tag = repr(f"ty_{form}")
        if form == "first":
            t = self.pick([LIST_INT, LIST_STR])
            elem = INT if t == LIST_INT else STR
            xs = self.gen(t, ctx, 1)
            d = self.gen(elem, ctx, 1)
            if self.chance(0.3):
                return [f"print({tag}, ty_first(tuple({xs.c}), {d.c}))"]
            return [f"print({tag}, ty_first({xs.c}, {d.c}))"]
        if form == "count":
            t = self.pick([LIST_INT, LIST_STR])
            elem = INT if t == LIST_INT else STR
            xs = self.gen(t, ctx, 1)
            x = self.gen(elem, ctx, 1)
            src = self.pick([xs.c, f"set({xs.c})", f"(v for v in {xs.at(P_OR)})"])
            return [f"print({tag}, ty_count({src}, {x.c}))"]
        if form == "map":
            v = ctx.fresh("v")
            xs = self.gen(LIST_INT, ctx, 1)
            body = self.pick([f"{v} * 2 - 1", f"str({v})", f"{v} % 3 == 0", f"({v}, -{v})"])
            return [f"print({tag}, ty_map(lambda {v}: {body}, {xs.c}))"]
        if form == "keys":
            k = ctx.fresh("k")
            xs = self.gen(LIST_STR, ctx, 1)
            val = self.pick([f"len({k})", f"{k}.upper()", f"[{k}]"])
            # A comprehension's iterable is an `or_test`: a conditional
            # expression there needs parentheses.
            return [f"print({tag}, ty_keys({{{k}: {val} for {k} in {xs.at(P_OR)}}}))"]
        if form == "call":
            a = self.gen(INT, ctx, 1)
            b = self.gen(INT, ctx, 1)
            s = self.gen(STR, ctx, 1)
            call = self.pick([f"ty_call(ty_diff, {a.c}, {b.c})", f"ty_call(ty_joined, {s.c}, {a.c})"])
            return [f"print({tag}, {call})"]
        if form == "sums":
            xs = self.gen(LIST_INT, ctx, 1)
            ys = self.gen(LIST_INT, ctx, 1)
            return [f"print({tag}, ty_sums([{xs.c}, {ys.c}, []]))"]
        b = ctx.fresh("box")
        t = self.pick([INT, STR])
        x = self.gen(t, ctx, 1)
        y = self.gen(t, ctx, 1)
        ann = "int" if t == INT else "str"
        first = f"{b}: TyBox[{ann}] = TyBox({x.c})" if self.chance(0.5) else f"{b} = TyBox[{ann}]({x.c})"
        return [first, f"{b}.put({y.c})", f"print({tag}, {b}.value, {b}.last({self.r.randint(1, 3)}))"]
