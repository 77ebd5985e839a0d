"""Protocol forms of the random program generator (`gen.py`).

A mixin of `gen.Gen` for `typing.Protocol`: a protocol with methods and an
attribute, two unrelated conforming classes (one with a subclass), a
`@runtime_checkable` protocol tested with `isinstance`, and a `TypeVar`
bounded by a protocol of `__lt__` (`protocol_prelude`), and statements
calling functions with protocol-typed parameters at several classes and
built-in types (`s_protocol_call`), so that each template is instantiated
several times in one program.
"""

INT, STR = "int", "str"


class ProtocolForms:
    """Protocol definitions and calls (methods of `gen.Gen`)."""

    def protocol_prelude(self):
        """The module-level definitions `s_protocol_call` uses."""
        self.uses_typing.update(["Protocol", "runtime_checkable", "TypeVar"])
        self.protocols_on = True
        return [
            "class PrShape(Protocol):",
            "    label: str",
            "",
            "    def area(self) -> int: ...",
            "",
            "    def grow(self, k: int) -> None: ...",
            "",
            "",
            "@runtime_checkable",
            "class PrNamed(Protocol):",
            "    def name(self) -> str: ...",
            "",
            "",
            "class PrOrd(Protocol):",
            "    def __lt__(self, other: 'PrOrd') -> bool: ...",
            "",
            "",
            "PT = TypeVar('PT', bound=PrOrd)",
            "",
            "",
            "class PrRect:",
            "    def __init__(self, w: int, h: int) -> None:",
            "        self.w = w",
            "        self.h = h",
            "        self.label = 'rect'",
            "",
            "    def area(self) -> int:",
            "        return self.w * self.h",
            "",
            "    def grow(self, k: int) -> None:",
            "        self.w += k",
            "",
            "    def name(self) -> str:",
            "        return f'rect{self.w}x{self.h}'",
            "",
            "    def __lt__(self, other: 'PrRect') -> bool:",
            "        return self.area() < other.area()",
            "",
            "",
            "class PrSquare(PrRect):",
            "    def __init__(self, s: int) -> None:",
            "        super().__init__(s, s)",
            "        self.label = 'square'",
            "",
            "    def area(self) -> int:",
            "        return self.w * self.w",
            "",
            "",
            "class PrDisk:",
            "    label: str = 'disk'",
            "",
            "    def __init__(self, r: int) -> None:",
            "        self.r = r",
            "",
            "    def area(self) -> int:",
            "        return 3 * self.r * self.r",
            "",
            "    def grow(self, k: int) -> None:",
            "        self.r += k",
            "",
            "",
            "def pr_total(a: PrShape, b: PrShape) -> int:",
            "    return a.area() + b.area()",
            "",
            "",
            "def pr_grow(s: PrShape, k: int) -> str:",
            "    s.grow(k)",
            "    return f'{s.label}:{s.area()}'",
            "",
            "",
            "def pr_max(a: PT, b: PT) -> PT:",
            "    return b if a < b else a",
            "",
            "",
        ]

    def pr_small(self, ctx):
        """A small non-negative int expression (areas stay far from overflow)."""
        x = self.gen(INT, ctx, 1)
        return f"({x.c}) % 40"

    def pr_shape(self, ctx):
        """A constructor call of one of the conforming classes."""
        form = self.pick(["rect", "square", "disk"])
        if form == "rect":
            return f"PrRect({self.pr_small(ctx)}, {self.pr_small(ctx)})"
        if form == "square":
            return f"PrSquare({self.pr_small(ctx)})"
        return f"PrDisk({self.pr_small(ctx)})"

    def s_protocol_call(self, ctx):
        """A call of a function with protocol-typed parameters."""
        if not getattr(self, "protocols_on", False) or ctx.in_comp:
            return None
        form = self.pick(["total", "grow", "isinstance", "max"])
        tag = repr(f"pr_{form}")
        if form == "total":
            return [f"print({tag}, pr_total({self.pr_shape(ctx)}, {self.pr_shape(ctx)}))"]
        if form == "grow":
            v = ctx.fresh("shape")
            return [f"{v} = {self.pr_shape(ctx)}",
                    f"print({tag}, pr_grow({v}, {self.pr_small(ctx)}), {v}.area())"]
        if form == "isinstance":
            x = self.gen(self.pick([INT, STR]), ctx, 1)
            return [f"print({tag}, isinstance({self.pr_shape(ctx)}, PrNamed), isinstance({x.c}, PrNamed))"]
        t = self.pick([INT, STR, "rect"])
        if t == "rect":
            a = f"PrRect({self.pr_small(ctx)}, {self.pr_small(ctx)})"
            b = f"PrRect({self.pr_small(ctx)}, {self.pr_small(ctx)})"
            return [f"print({tag}, pr_max({a}, {b}).area())"]
        a = self.gen(t, ctx, 1)
        b = self.gen(t, ctx, 1)
        return [f"print({tag}, pr_max({a.c}, {b.c}))"]
