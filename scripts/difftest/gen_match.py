"""`match` statements of the random program generator (`gen.py`).

A mixin of `gen.Gen`: `s_match` writes a `match` over an int, a tuple of
two ints, a list of ints, an `Optional[int]` or a str, with literal,
or-, capture, wildcard, sequence (with a starred part), class (`int(n)`)
and `as` patterns, guards over the captured names, and a body that prints
which case ran and what it bound, followed by a few random statements
that may use the captures. Irrefutable cases only come last (or with a
guard), as CPython requires. Kept apart from `gen.py` to keep that file's
size in check.
"""

INT, BOOL, STR = "int", "bool", "str"
LIST_INT = ("list", "int")
OPT_INT = ("opt", "int")
SMALL = [-3, -2, -1, 0, 1, 2, 3, 4, 5, 7, 10, 42]
WORDS = ["", "a", "ab", "go", "stop", "x y"]


def shown_same(t):
    """Whether a value of type `t` prints the same in both (a cautious
    subset of `gen.printable`: no sets, whose order may depend on str
    hashing)."""
    if isinstance(t, str):
        return True
    if t[0] == "cls":
        return True
    if t[0] in ("list", "opt", "tuple"):
        return all(shown_same(x) for x in t[1:])
    return False


class MatchForms:
    """The `match` statement (methods of `gen.Gen`)."""

    def m_lit(self):
        return str(self.pick(SMALL))

    def m_int_pattern(self, ctx, names, opt=False):
        """A refutable pattern for an int (`opt`: an `Optional[int]`, whose
        `as` capture would be Optional too); binds into `names`."""
        form = self.wpick([(4, "lit"), (2, "or"), (0 if opt else 1, "as"), (1, "int")])
        if form == "lit":
            return self.m_lit()
        if form == "or":
            lits = sorted({self.pick(SMALL) for _ in range(self.r.randint(2, 3))})
            return " | ".join(str(v) for v in lits)
        if form == "as":
            n = ctx.fresh("m")
            names.append((n, INT))
            lits = sorted({self.pick(SMALL) for _ in range(2)})
            return f"({' | '.join(str(v) for v in lits)}) as {n}"
        n = ctx.fresh("m")
        names.append((n, INT))
        return f"int({n})"

    def m_elem(self, ctx, names):
        """A sub-pattern for an int element: a literal, a capture or `_`."""
        form = self.wpick([(3, "lit"), (3, "cap"), (1, "wild"), (1, "or")])
        if form == "lit":
            return self.m_lit()
        if form == "or":
            return f"{self.m_lit()} | {self.m_lit()}"
        if form == "wild":
            return "_"
        n = ctx.fresh("m")
        names.append((n, INT))
        return n

    def m_seq_pattern(self, ctx, names, fixed=None):
        """A sequence pattern over ints (`fixed` elements for a tuple)."""
        n = fixed if fixed is not None else self.r.randint(0, 3)
        elems = [self.m_elem(ctx, names) for _ in range(n)]
        if fixed is None and self.chance(0.4):
            at = self.r.randint(0, n)
            if self.chance(0.5):
                r = ctx.fresh("rest")
                names.append((r, LIST_INT))
                elems.insert(at, f"*{r}")
            else:
                elems.insert(at, "*_")
        if fixed is not None or self.chance(0.3):
            if len(elems) == 1:
                return f"({elems[0]},)"
            return "(" + ", ".join(elems) + ")"
        return "[" + ", ".join(elems) + "]"

    def m_subject(self, ctx):
        """(subject code, subject kind)."""
        kinds = [(4, INT), (2, "pair"), (3, "list"), (1, STR)]
        if not ctx.module_level:
            kinds.append((1, "opt"))
        k = self.wpick(kinds)
        if k == INT:
            return self.wrap_int(self.gen(INT, ctx, 1)).c, INT
        if k == "pair":
            a = self.wrap_int(self.gen(INT, ctx, 1))
            b = self.wrap_int(self.gen(INT, ctx, 1))
            return f"({a.c}, {b.c})", k
        if k == "list":
            return self.wrap_len(self.gen(LIST_INT, ctx, 1), LIST_INT, 6).c, k
        if k == STR:
            return self.wrap_len(self.gen(STR, ctx, 1), STR, 8).c, k
        a = self.wrap_int(self.gen(INT, ctx, 1))
        return f"None if {a.at(3)} % 3 == 0 else {a.at(3)}", k

    def m_pattern(self, ctx, k, names):
        if k == INT:
            return self.m_int_pattern(ctx, names)
        if k == "pair":
            return self.m_seq_pattern(ctx, names, fixed=2)
        if k == "list":
            return self.m_seq_pattern(ctx, names)
        if k == STR:
            words = sorted({repr(self.pick(WORDS)) for _ in range(self.r.randint(1, 2))})
            return " | ".join(words)
        if self.chance(0.4):
            return "None"
        return self.m_int_pattern(ctx, names, opt=True)

    def m_last(self, ctx, k, names):
        """An irrefutable last pattern (or None for no such case)."""
        form = self.wpick([(2, "wild"), (2, "cap"), (1, "none")])
        if form == "none":
            return None
        if form == "wild":
            return "_"
        n = ctx.fresh("m")
        names.append((n, {INT: INT, "pair": ("tuple", INT, INT), "list": LIST_INT, STR: STR, "opt": OPT_INT}[k]))
        return n

    def m_body(self, ctx, tag, names):
        body_ctx = ctx.child(depth=ctx.depth + 1)
        for n, t in names:
            body_ctx.declare(n, t, True)
        shown = ", ".join([repr(tag)] + [n for n, t in names if shown_same(t)])
        lines = [f"print({shown})"]
        if ctx.budget[0] > 6 and self.chance(0.5):
            lines += self.block(body_ctx, self.r.randint(1, 2))
        return self.indent(lines)

    def m_guard(self, ctx, names):
        ints = [n for n, t in names if t == INT]
        if not ints or not self.chance(0.4):
            return ""
        n = self.pick(ints)
        op = self.pick(["<", ">", "==", "!=", ">="])
        return f" if {n} {op} {self.m_lit()}"

    def m_field_pattern(self, ctx, ft, names):
        """A sub-pattern for a field of type `ft`."""
        form = self.wpick([(3, "cap"), (1, "wild"), (2, "lit")])
        if form == "lit" and ft in (INT, STR, BOOL):
            if ft == INT:
                return self.m_lit()
            if ft == BOOL:
                return self.pick(["True", "False"])
            return repr(self.pick(WORDS))
        if form == "wild":
            return "_"
        n = ctx.fresh("m")
        names.append((n, ft))
        return n

    def m_class_pattern(self, ci, ctx, names):
        """`C(f=p, ...)` for class `ci` (a field that may be unset makes
        the pattern fail where it is)."""
        fields = list(ci.all_fields())
        self.r.shuffle(fields)
        kws = [f"{fn}={self.m_field_pattern(ctx, ft, names)}" for fn, ft, _ in fields[:self.r.randint(0, 2)]]
        pat = f"{ci.name}({', '.join(kws)})"
        if self.chance(0.2):
            a = ctx.fresh("m")
            names.append((a, ("cls", ci.name)))
            pat = f"{pat} as {a}"
        return pat

    def m_class_match(self, ctx):
        """A `match` over an object, with class patterns of its class and
        subclasses."""
        objs = [(n, ci) for n, ci in self.obj_exprs(ctx) if not ci.is_exc]
        if not objs:
            return None
        subj, ci = self.pick(objs)
        family = ci.descendants()
        out = [f"match {subj}:"]
        for i in range(self.r.randint(1, 3)):
            names = []
            pat = self.m_class_pattern(self.pick(family), ctx, names)
            out.append(f"    case {pat}{self.m_guard(ctx, names)}:")
            out += self.indent(self.m_body(ctx, f"case{i}", names))
        if self.chance(0.5):
            names = []
            out.append(f"    case {self.m_class_pattern(ci, ctx, names)}:")
            out += self.indent(self.m_body(ctx, "last", names))
        return out

    def s_match(self, ctx):
        if ctx.in_comp or ctx.depth >= ctx.max_depth or ctx.budget[0] < 6:
            return None
        if self.chance(0.25):
            return self.m_class_match(ctx)
        subject, k = self.m_subject(ctx)
        out = [f"match {subject}:"]
        for i in range(self.r.randint(1, 4)):
            names = []
            pat = self.m_pattern(ctx, k, names)
            guard = self.m_guard(ctx, names)
            out.append(f"    case {pat}{guard}:")
            out += self.indent(self.m_body(ctx, f"case{i}", names))
        names = []
        last = self.m_last(ctx, k, names)
        if last is not None:
            guard = self.m_guard(ctx, names) if self.chance(0.3) else ""
            out.append(f"    case {last}{guard}:")
            out += self.indent(self.m_body(ctx, "last", names))
        return out
