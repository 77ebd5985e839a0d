"""Expressions of the random program generator (`gen.py`): the forms of
each type (int, float, bool, str, containers, classes) and the iteration
sources of comprehensions. A mixin of `gen.Gen`.
"""

import re

from gen_types import *  # noqa: F401,F403  (the program model is this mixin's vocabulary)


class ExprForms:
    """Methods of `gen.Gen`, moved here to keep `gen.py` a readable size."""

    # ---- int
    def g_int(self, t, ctx, d):
        if d <= 0:
            forms = [(3, lambda: lit_int(self.pick(INT_LITS[:20]) if self.chance(0.8) else self.pick(INT_LITS))),
                     (5, lambda: self.var_expr(INT, ctx)),
                     (1, lambda: self.len_expr(ctx, 0))]
            return self.choose(forms) or lit_int(self.r.randint(-9, 9))
        forms = self.common(INT, ctx, d) + [
            (3, lambda: lit_int(self.pick(INT_LITS))),
            (6, lambda: self.int_arith(ctx, d)),
            (1, lambda: self.int_unary(ctx, d)),
            (2, lambda: self.int_divmod(ctx, d)),
            (1, lambda: self.int_bits(ctx, d)),
            (1, lambda: self.int_pow(ctx, d)),
            (2, lambda: self.len_expr(ctx, d)),
            (2, lambda: self.int_from_str(ctx, d)),
            (2, lambda: self.int_from_float(ctx, d)),
            (2, lambda: self.int_agg(ctx, d)),
            (1, lambda: self.int_minmax(ctx, d)),
            (1, lambda: self.int_misc(ctx, d)),
        ]
        return self.choose(forms) or lit_int(self.r.randint(-9, 9))

    def int_arith(self, ctx, d):
        op = self.pick(["+", "-", "*", "+", "-", "*"])
        a = self.gen(INT, ctx, d - 1)
        b = self.gen(INT, ctx, d - 1)
        if op == "*":
            if a.b * b.b > LIM:
                if a.b > 1000:
                    a = E(f"{a.at(P_MUL)} % {self.pick([10, 97, 100, 1000])}", P_MUL, 1000)
                if a.b * b.b > LIM and b.b > 1000:
                    b = E(f"{b.at(P_MUL + 1)} % {self.pick([10, 97, 100, 1000])}", P_MUL, 1000)
                    return E(f"{a.at(P_MUL)} * ({b.c})", P_MUL, a.b * b.b)
            return E(f"{a.at(P_MUL)} * {b.at(P_MUL + 1)}", P_MUL, a.b * b.b)
        return E(f"{a.at(P_ADD)} {op} {b.at(P_ADD + 1)}", P_ADD, a.b + b.b)

    def int_unary(self, ctx, d):
        a = self.gen(INT, ctx, d - 1)
        op = self.pick(["-", "-", "+", "~", "abs"])
        if op == "abs":
            return E(f"abs({a.c})", P_PRIMARY, a.b)
        return E(f"{op}{a.at(P_UNARY)}", P_UNARY, a.b + 1)

    def nonzero_int(self, ctx, d):
        """A divisor: possibly zero only when ZeroDivisionError is tolerated."""
        if "ZeroDivisionError" in ctx.tol and self.chance(0.6):
            return self.gen(INT, ctx, d - 1)
        a = self.gen(INT, ctx, d - 1)
        form = self.r.randint(0, 4)
        if form == 0:
            return lit_int(self.pick([1, 2, 3, 7, 10, -1, -2, -3, -7, 100, 1000]))
        if form == 1:
            return E(f"({a.at(P_OR)} or 1)", P_ATOM, max(a.b, 1))
        if form == 2:
            return E(f"abs({a.c}) + 1", P_ADD, a.b + 1)
        if form == 3:
            return E(f"max({a.c}, 1)", P_PRIMARY, max(a.b, 1))
        return E(f"len({self.pick(['str(' + a.c + ')', repr(self.pick(WORDS)) + ' + ' + repr('x')])})", P_PRIMARY, 40)

    def int_divmod(self, ctx, d):
        a = self.gen(INT, ctx, d - 1)
        b = self.nonzero_int(ctx, d)
        op = self.pick(["//", "%", "//", "%", "divmod"])
        if op == "divmod":
            return E(f"divmod({a.c}, {b.c})[{self.r.randint(0, 1)}]", P_PRIMARY, max(a.b, b.b))
        if op == "//":
            return E(f"{a.at(P_MUL)} // {b.at(P_MUL + 1)}", P_MUL, a.b + 1)
        return E(f"{a.at(P_MUL)} % {b.at(P_MUL + 1)}", P_MUL, b.b)

    def int_bits(self, ctx, d):
        a = self.gen(INT, ctx, d - 1)
        op = self.pick(["&", "|", "^", "<<", ">>"])
        if op in ("<<", ">>"):
            k = self.r.randint(0, 8)
            if op == "<<" and a.b * 256 > LIM:
                a = E(f"{a.at(P_MUL)} % 1000", P_MUL, 1000)
            return E(f"{a.at(P_SHIFT)} {op} {k}", P_SHIFT, a.b * 256 if op == "<<" else a.b)
        b = self.gen(INT, ctx, d - 1)
        p = {"&": P_BAND, "|": P_BOR, "^": P_BXOR}[op]
        return E(f"{a.at(p)} {op} {b.at(p + 1)}", p, 2 * max(a.b, b.b) + 1)

    def int_pow(self, ctx, d):
        a = self.gen(INT, ctx, d - 1)
        k = self.r.randint(0, 3)
        if a.b ** max(k, 1) > LIM:
            a = E(f"{a.at(P_MUL)} % {self.pick([10, 100, 1000])}", P_MUL, 1000)
        if self.chance(0.3):
            return E(f"pow({a.c}, {k})", P_PRIMARY, a.b ** k)
        return E(f"{a.at(P_PRIMARY)} ** {k}", P_POW, a.b ** k)

    def len_expr(self, ctx, d):
        objs = [n for n, ci in self.obj_exprs(ctx) if ci.has_special("len")]
        if objs and self.chance(0.4):
            return E(f"len({self.pick(objs)})", P_PRIMARY, 1000)
        cands = [v for v in ctx.vars() if kind(v.t) in ("str", "list", "dict", "set", "tuple")]
        if not cands or self.chance(0.2):
            if d <= 0:
                return None
            t = self.pick([STR, L(INT), L(STR), S(INT), D(STR, INT)])
            e = self.gen(t, ctx, d - 1)
            return E(f"len({e.c})", P_PRIMARY, max(e.n, LB) * 4)
        v = self.pick(cands)
        return E(f"len({v.name})", P_PRIMARY, SB * 4)

    def int_from_str(self, ctx, d):
        if "ValueError" in ctx.tol and self.chance(0.4):
            s = self.gen(STR, ctx, d - 1)
            return E(f"int({s.c})", P_PRIMARY, LIM)  # bound: unknown text; keep it away from products
        form = self.r.randint(0, 5)
        if form == 0:
            return E(f"int({self.pick(['42', ' -7 ', '+3', '0', '1_000', '0012', '-0'])!r})", P_PRIMARY, 1000)
        if form == 1:
            a = self.gen(INT, ctx, d - 1)
            return E(f"int(str({a.c}))", P_PRIMARY, a.b)
        if form == 2:
            s = self.gen(STR, ctx, d - 1)
            extra = self.pick(["", "", f", {self.r.randint(-3, 4)}", f", {self.r.randint(-3, 4)}, {self.r.randint(-3, 6)}"])
            return E(f"{s.at(P_PRIMARY)}.{self.pick(['find', 'rfind', 'count'])}({self.gen_small_str()!r}{extra})", P_PRIMARY, SB * 4)
        if form == 3:
            s = self.gen(STR, ctx, d - 1)
            return E(f"{s.at(P_PRIMARY)}.count({self.gen_small_str()!r})", P_PRIMARY, SB * 4)
        if form == 4:
            s = self.gen(STR, ctx, d - 1)
            return E(f"ord({s.at(P_PRIMARY)}[0]) if {s.at(P_OR)} else -1", P_IF, 0x110000)
        return E(f"int({self.pick(['12', '-3', ' 8 ', '0'])!r})", P_PRIMARY, 20)

    def int_from_float(self, ctx, d):
        f = self.gen(FLOAT, ctx, d - 1)
        if f.b > 1e9:
            f = E(f"{f.at(P_MUL)} % 1000.0", P_MUL, 1000.0)
        fn = self.pick(["int", "round", "math.floor", "math.ceil", "math.trunc", "int"])
        if fn.startswith("math."):
            self.uses_math = True
        return E(f"{fn}({f.c})", P_PRIMARY, int(f.b) + 1)

    def int_agg(self, ctx, d):
        lv = [v for v in ctx.vars() if v.t == L(INT)]
        form = self.r.randint(0, 3)
        if form == 0 and lv:
            v = self.pick(lv)
            return E(f"sum({v.name})", P_PRIMARY, VB * LB * 4)
        if form == 1:
            it, var = self.iter_source(ctx, d, want_elem=None)
            if it is None:
                return None
            body = self.gen_with_var(INT, ctx, d, var)
            body = self.wrap_int(body, 10 ** 6)
            return E(f"sum({body.c} for {var.name} in {it})", P_PRIMARY, 10 ** 6 * 64)
        if form == 2:
            s = self.gen(STR, ctx, d - 1)
            return E(f"len({s.at(P_PRIMARY)}.split({self.pick(['', repr(','), repr(' ')])}))", P_PRIMARY, 200)
        lv2 = [v for v in ctx.vars() if kind(v.t) == "list" and printable(v.t[1])]
        if not lv2:
            return None
        v = self.pick(lv2)
        x = self.gen(v.t[1], ctx, 0)
        return E(f"{v.name}.count({x.c})", P_PRIMARY, 1000)

    def int_minmax(self, ctx, d):
        fn = self.pick(["min", "max"])
        if self.chance(0.5):
            args = [self.gen(INT, ctx, d - 1) for _ in range(self.r.randint(2, 3))]
            return E(f"{fn}({', '.join(a.c for a in args)})", P_PRIMARY, max(a.b for a in args))
        lv = [v for v in ctx.vars() if v.t == L(INT) or v.t == S(INT)]
        if not lv:
            return None
        v = self.pick(lv)
        if self.chance(0.5):
            return E(f"{fn}({v.name}, default={self.r.randint(-5, 5)})", P_PRIMARY, VB)
        if "ValueError" in ctx.tol and self.chance(0.5):
            return E(f"{fn}({v.name})", P_PRIMARY, VB)
        return E(f"{fn}({v.name}) if {v.name} else 0", P_IF, VB)

    def int_misc(self, ctx, d):
        form = self.r.randint(0, 6)
        if form == 5:
            a = self.g_bool(BOOL, ctx, d - 1)
            b = self.g_bool(BOOL, ctx, d - 1)
            return E(f"{a.at(P_ADD)} {self.pick(['+', '-', '*'])} {b.at(P_MUL + 1)}", P_ADD, 2)
        if form == 6:
            a = self.gen(INT, ctx, d - 1)
            return E(f"round({a.c}, {self.r.randint(-3, 1)})", P_PRIMARY, a.b + 1000)
        if form == 0:
            b = self.g_bool(BOOL, ctx, d - 1)
            return E(f"int({b.c})", P_PRIMARY, 1)
        if form == 1:
            lv = [v for v in ctx.vars() if kind(v.t) == "list" and printable(v.t[1])]
            if lv and "ValueError" in ctx.tol:
                v = self.pick(lv)
                return E(f"{v.name}.index({self.gen(v.t[1], ctx, 0).c})", P_PRIMARY, LB * 10)
            return None
        if form == 2:
            s = self.gen(STR, ctx, d - 1)
            sub = self.gen_small_str()
            if "ValueError" in ctx.tol:
                return E(f"{s.at(P_PRIMARY)}.index({sub!r})", P_PRIMARY, SB * 4)
            return E(f"{s.at(P_PRIMARY)}.rfind({sub!r})", P_PRIMARY, SB * 4)
        if form == 3:
            a = self.gen(INT, ctx, d - 1)
            b = self.gen(INT, ctx, d - 1)
            self.uses_math = True
            return E(f"math.gcd({a.c}, {b.c})", P_PRIMARY, max(a.b, b.b))
        a = self.gen(INT, ctx, d - 1)
        return E(f"{a.at(P_PRIMARY)}.bit_length()" if False else f"len(str({a.c}))", P_PRIMARY, 20)

    # ---- float
    def g_float(self, t, ctx, d):
        if d <= 0:
            forms = [(3, lambda: self.float_lit()), (5, lambda: self.var_expr(FLOAT, ctx))]
            return self.choose(forms) or self.float_lit()
        forms = self.common(FLOAT, ctx, d) + [
            (3, lambda: self.float_lit()),
            (6, lambda: self.float_arith(ctx, d)),
            (2, lambda: self.float_div(ctx, d)),
            (3, lambda: self.float_from_int(ctx, d)),
            (2, lambda: self.float_math(ctx, d)),
            (1, lambda: self.float_misc(ctx, d)),
        ]
        return self.choose(forms) or self.float_lit()

    def float_lit(self):
        s = self.pick(FLOAT_LITS)
        return E(s, P_UNARY if s.startswith("-") else P_ATOM, fval(s))

    def float_arith(self, ctx, d):
        op = self.pick(["+", "-", "*", "+", "-", "*"])
        a = self.gen(FLOAT, ctx, d - 1)
        b = self.gen(FLOAT, ctx, d - 1)
        if op == "*":
            return E(f"{a.at(P_MUL)} * {b.at(P_MUL + 1)}", P_MUL, a.b * b.b)
        return E(f"{a.at(P_ADD)} {op} {b.at(P_ADD + 1)}", P_ADD, a.b + b.b)

    def nonzero_float(self, ctx, d):
        if "ZeroDivisionError" in ctx.tol and self.chance(0.6):
            return self.gen(FLOAT, ctx, d - 1)
        form = self.r.randint(0, 2)
        if form == 0:
            s = self.pick(["2.0", "0.5", "3.0", "-4.0", "0.1", "7.0", "1e-3", "-0.25"])
            return E(s, P_UNARY if s.startswith("-") else P_ATOM, 7.0)
        a = self.gen(FLOAT, ctx, d - 1)
        if form == 1:
            return E(f"abs({a.c}) + 1.0", P_ADD, a.b + 1)
        return E(f"max({a.c}, 0.5)", P_PRIMARY, max(a.b, 1))

    def float_div(self, ctx, d):
        a = self.gen(FLOAT, ctx, d - 1)
        b = self.nonzero_float(ctx, d)
        op = self.pick(["/", "/", "//", "%"])
        if op == "/" and self.chance(0.3):
            # int true division
            x = self.gen(INT, ctx, d - 1)
            y = self.nonzero_int(ctx, d)
            return E(f"{x.at(P_MUL)} / {y.at(P_MUL + 1)}", P_MUL, x.b)
        bb = b.b if op == "%" else a.b * 1000
        return E(f"{a.at(P_MUL)} {op} {b.at(P_MUL + 1)}", P_MUL, min(bb, 1e30) if op != "%" else b.b)

    def float_from_int(self, ctx, d):
        a = self.gen(INT, ctx, d - 1)
        if self.chance(0.5):
            return E(f"float({a.c})", P_PRIMARY, a.b)
        s = self.pick(["1.5", " -2.25 ", "1e3", "0.1", "-0", "3.", ".5", "1_000.5", "1e-320", "  7  ", "-1.25E2"])
        if "ValueError" in ctx.tol and self.chance(0.3):
            x = self.gen(STR, ctx, d - 1)
            return E(f"float({x.c})", P_PRIMARY, INF)
        return E(f"float({s!r})", P_PRIMARY, 1000.0)

    def float_math(self, ctx, d):
        self.uses_math = True
        a = self.gen(FLOAT, ctx, d - 1)
        fn = self.pick(["sqrt", "sin", "cos", "atan", "exp", "log", "fabs", "hypot", "floor_div", "pi", "copysign", "round", "pow", "abs"])
        if fn == "sqrt":
            return E(f"math.sqrt(abs({a.c}))", P_PRIMARY, max(a.b, 1.0) ** 0.5)
        if fn in ("sin", "cos", "atan"):
            return E(f"math.{fn}({a.c})", P_PRIMARY, 2.0)
        if fn == "exp":
            if a.b > 50:
                a = E(f"{a.at(P_MUL)} % 50.0", P_MUL, 50.0)
            return E(f"math.exp({a.c})", P_PRIMARY, 1e22)
        if fn == "log":
            return E(f"math.log(abs({a.c}) + 1.0)", P_PRIMARY, 100.0)
        if fn == "fabs":
            return E(f"math.fabs({a.c})", P_PRIMARY, a.b)
        if fn == "hypot":
            b = self.gen(FLOAT, ctx, d - 1)
            return E(f"math.hypot({a.c}, {b.c})", P_PRIMARY, a.b + b.b)
        if fn == "pi":
            return E(self.pick(["math.pi", "math.e", "math.tau"]), P_PRIMARY, 7.0)
        if fn == "copysign":
            b = self.gen(FLOAT, ctx, d - 1)
            return E(f"math.copysign({a.c}, {b.c})", P_PRIMARY, a.b)
        if fn == "round":
            return E(f"round({a.c}, {self.r.randint(-2, 4)})", P_PRIMARY, a.b + 100)
        if fn == "pow":
            if a.b > 1e4:
                a = E(f"{a.at(P_MUL)} % 100.0", P_MUL, 100.0)
            k = self.pick(["2", "3", "0.5", "-1", "2.0", "0"])
            if k in ("0.5",):
                a = E(f"abs({a.c})", P_PRIMARY, a.b)
            if k == "-1":
                if "ZeroDivisionError" not in ctx.tol:
                    return None
            return E(f"{a.at(P_PRIMARY)} ** {k}", P_POW, max(a.b, 1.0) ** 3)
        if fn == "abs":
            return E(f"abs({a.c})", P_PRIMARY, a.b)
        return None

    def float_misc(self, ctx, d):
        form = self.r.randint(0, 5)
        if form == 4:
            a = self.gen(INT, ctx, d - 1)
            if a.b > 1000:
                a = E(f"{a.at(P_MUL)} % 1000", P_MUL, 1000)
            return E(f"(abs({a.c}) + 1) ** -{self.r.randint(1, 3)}", P_POW, 1.0)
        if form == 5:
            a = self.gen(FLOAT, ctx, d - 1)
            b = self.nonzero_float(ctx, d)
            return E(f"divmod({a.c}, {b.c})[{self.r.randint(0, 1)}]", P_PRIMARY, max(a.b, b.b) * 1000)
        if form == 0:
            fn = self.pick(["min", "max"])
            args = [self.gen(FLOAT, ctx, d - 1) for _ in range(self.r.randint(2, 3))]
            return E(f"{fn}({', '.join(a.c for a in args)})", P_PRIMARY, max(a.b for a in args))
        if form == 1:
            lv = [v for v in ctx.vars() if v.t == L(FLOAT)]
            if not lv:
                return None
            v = self.pick(lv)
            if self.chance(0.5):
                return E(f"sum({v.name}) if {v.name} else 0.0", P_IF, FB * LB * 4)
            return E(f"0.0 + sum({v.name})", P_ADD, FB * LB * 4)
        if form == 2:
            a = self.gen(FLOAT, ctx, d - 1)
            return E(f"-{a.at(P_UNARY)}", P_UNARY, a.b)
        it, var = self.iter_source(ctx, d, want_elem=None)
        if it is None:
            return None
        body = self.gen_with_var(FLOAT, ctx, d, var)
        return E(f"sum({body.c} for {var.name} in {it}) + 0.0", P_ADD, body.b * 64)

    # ---- bool
    def g_bool(self, t, ctx, d):
        if d <= 0:
            forms = [(1, lambda: E(self.pick(["True", "False"]))), (4, lambda: self.var_expr(BOOL, ctx)),
                     (3, lambda: self.compare(ctx, 0))]
            return self.choose(forms) or E("True")
        forms = self.common(BOOL, ctx, d) + [
            (1, lambda: E(self.pick(["True", "False"]))),
            (8, lambda: self.compare(ctx, d)),
            (2, lambda: self.bool_logic(ctx, d)),
            (2, lambda: self.membership(ctx, d)),
            (2, lambda: self.str_pred(ctx, d)),
            (1, lambda: self.bool_anyall(ctx, d)),
            (2, lambda: self.bool_none_check(ctx)),
            (1, lambda: self.bool_narrow_andor(ctx, d)),
            (1, lambda: self.bool_isinstance(ctx)),
            (1, lambda: self.bool_special(ctx, d)),
            (1, lambda: E(f"bool({self.gen(self.pick([INT, STR, FLOAT, L(INT)]), ctx, d - 1).c})", P_PRIMARY)),
        ]
        return self.choose(forms) or E("False")

    def compare(self, ctx, d):
        t = self.wpick([(5, INT), (2, FLOAT), (3, STR), (1, "mixed"), (1, BOOL), (1, L(INT)), (1, T(INT, STR)),
                        (1, "chain"), (1, "obj"), (1, S(INT))])
        if t == "mixed":
            a = self.gen(INT, ctx, max(d - 1, 0))
            b = self.gen(FLOAT, ctx, max(d - 1, 0))
            if a.b > 2 ** 50:
                return None
            if self.chance(0.5):
                a, b = b, a
            op = self.pick(["<", "<=", ">", ">=", "==", "!="])
            return E(f"{a.at(P_CMP + 1)} {op} {b.at(P_CMP + 1)}", P_CMP)
        if t == "chain":
            xs = [self.gen(INT, ctx, max(d - 1, 0)) for _ in range(3)]
            ops = [self.pick(["<", "<=", "==", "!=", ">", ">="]) for _ in range(2)]
            return E(f"{xs[0].at(P_CMP + 1)} {ops[0]} {xs[1].at(P_CMP + 1)} {ops[1]} {xs[2].at(P_CMP + 1)}", P_CMP)
        if t == "obj":
            objs = [(n, ci) for n, ci in self.obj_exprs(ctx)]
            if not objs:
                return None
            n, ci = self.pick(objs)
            root = ci
            others = [m for m, cj in objs if cj is ci]
            if (ci.has_eq or ci.is_dc) and self.chance(0.6):
                other = self.pick(others)
                return E(f"{n} {self.pick(['==', '!='])} {other}", P_CMP)
            if ci.has_lt:
                other = self.pick(others)
                ops = ["<", ">"] + (["<=", ">="] if ci.is_dc and ci.order else [])
                return E(f"{n} {self.pick(ops)} {other}", P_CMP)
            other = self.pick(others)
            return E(f"{n} is {other}" if self.chance(0.5) else f"{n} is not {other}", P_CMP)
        a = self.gen(t, ctx, max(d - 1, 0))
        b = self.gen(t, ctx, max(d - 1, 0))
        if t == S(INT):
            ops = ["==", "!=", "<=", "<", ">=", ">"]
        elif t == BOOL:
            ops = ["==", "!="]
        else:
            ops = ["<", "<=", ">", ">=", "==", "!="]
        return E(f"{a.at(P_CMP + 1)} {self.pick(ops)} {b.at(P_CMP + 1)}", P_CMP)

    def bool_logic(self, ctx, d):
        op = self.pick(["and", "or", "not"])
        a = self.g_bool(BOOL, ctx, d - 1)
        if op == "not":
            return E(f"not {a.at(P_NOT)}", P_NOT)
        b = self.g_bool(BOOL, ctx, d - 1)
        p = P_AND if op == "and" else P_OR
        return E(f"{a.at(p)} {op} {b.at(p + 1)}", p)

    def membership(self, ctx, d):
        cands = [v for v in ctx.vars() if kind(v.t) in ("list", "dict", "set", "str")
                 or (kind(v.t) == "tuple" and len(set(v.t[1:])) == 1)]
        if not cands or self.chance(0.2):
            s = self.gen(STR, ctx, d - 1)
            return E(f"{self.gen_small_str()!r} {self.pick(['in', 'not in'])} {s.at(P_CMP + 1)}", P_CMP)
        v = self.pick(cands)
        k = kind(v.t)
        if k == "str":
            et = STR
        elif k == "tuple":
            et = v.t[1]
        else:
            et = v.t[1]
        if kind(et) == "cls":
            ci = self.classes[et[1]]
            if not (ci.has_eq or ci.is_dc):
                return None
        x = self.gen(et, ctx, max(d - 1, 0))
        if k == "str":
            x = E(repr(self.gen_small_str()))
        if k == "dict" and self.chance(0.3):
            tgt = f"{v.name}.{self.pick(['keys()', 'values()'])}"
            if tgt.endswith("values()"):
                x = self.gen(v.t[2], ctx, max(d - 1, 0))
                if kind(v.t[2]) == "cls":
                    return None
        else:
            tgt = v.name
        return E(f"{x.at(P_CMP + 1)} {self.pick(['in', 'not in'])} {tgt}", P_CMP)

    def str_pred(self, ctx, d):
        s = self.gen(STR, ctx, d - 1)
        m = self.pick(["isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isdecimal",
                       "startswith", "endswith", "isnumeric"])
        if m in ("startswith", "endswith"):
            return E(f"{s.at(P_PRIMARY)}.{m}({self.gen_small_str()!r})", P_PRIMARY)
        return E(f"{s.at(P_PRIMARY)}.{m}()", P_PRIMARY)

    def bool_anyall(self, ctx, d):
        it, var = self.iter_source(ctx, d, want_elem=None)
        if it is None:
            return None
        cond = self.gen_with_var(BOOL, ctx, d, var)
        return E(f"{self.pick(['any', 'all'])}({cond.c} for {var.name} in {it})", P_PRIMARY)

    def bool_special(self, ctx, d):
        objs = [(n, ci) for n, ci in self.obj_exprs(ctx)]
        cont = [(n, ci) for n, ci in objs if ci.has_special("contains")]
        if cont and self.chance(0.5):
            n, ci = self.pick(cont)
            x = self.gen(ci.has_special("contains"), ctx, max(d - 1, 0))
            return E(f"{x.at(P_CMP + 1)} {self.pick(['in', 'not in'])} {n}", P_CMP)
        truthy = [n for n, ci in objs if ci.has_special("bool") or ci.has_special("len")]
        if not truthy:
            return None
        n = self.pick(truthy)
        return self.pick([E(f"bool({n})", P_PRIMARY), E(f"not {n}", P_NOT), E(f"{n} and True", P_AND)]) if False else \
            self.pick([E(f"bool({n})", P_PRIMARY), E(f"not {n}", P_NOT)])

    def bool_narrow_andor(self, ctx, d):
        if ctx.module_level:
            return None
        vs = [v for v in ctx.vars() if kind(v.t) == "opt"]
        if not vs:
            return None
        v = self.pick(vs)
        c = ctx.child()
        c.declare(v.name, v.t[1], True)
        rest = self.g_bool(BOOL, c, max(d - 1, 1))
        if self.chance(0.5):
            return E(f"{v.name} is not None and {rest.at(P_AND + 1)}", P_AND)
        return E(f"{v.name} is None or {rest.at(P_OR + 1)}", P_OR)

    def bool_none_check(self, ctx):
        vs = [v for v in ctx.vars() if kind(v.t) == "opt"]
        if not vs:
            return None
        v = self.pick(vs)
        return E(f"{v.name} {self.pick(['is None', 'is not None'])}", P_CMP)

    def bool_isinstance(self, ctx):
        objs = [(n, ci) for n, ci in self.obj_exprs(ctx) if ci.subclasses]
        if not objs:
            return None
        n, ci = self.pick(objs)
        sub = self.pick(ci.descendants())
        return E(f"isinstance({n}, {sub.name})", P_PRIMARY)

    # ---- str
    def gen_small_str(self):
        return self.pick(SMALL_STRS)

    def g_str(self, t, ctx, d):
        if d <= 0:
            forms = [(3, lambda: lit_str(self.pick(WORDS))), (5, lambda: self.var_expr(STR, ctx))]
            return self.choose(forms) or lit_str(self.pick(WORDS))
        forms = self.common(STR, ctx, d) + [
            (3, lambda: lit_str(self.pick(WORDS))),
            (3, lambda: self.str_concat(ctx, d)),
            (3, lambda: self.str_method(ctx, d)),
            (2, lambda: self.str_slice(ctx, d)),
            (4, lambda: self.fstring(ctx, d)),
            (2, lambda: self.str_conv(ctx, d)),
            (1, lambda: self.str_join(ctx, d)),
            (1, lambda: self.percent_fmt(ctx, d)),
            (1, lambda: self.format_call(ctx, d)),
            (1, lambda: self.str_misc(ctx, d)),
        ]
        return self.choose(forms) or lit_str("z")

    def str_misc(self, ctx, d):
        form = self.r.randint(0, 4)
        if form == 0:
            n = self.gen(INT, ctx, d - 1)
            return E(f"chr({self.pick([65, 97, 48, 0x3b1])} + {n.at(P_MUL)} % {self.pick([10, 26])})", P_PRIMARY, 0, 1)
        s = self.gen(STR, ctx, d - 1)
        sp = s.at(P_PRIMARY)
        if form == 1:
            return E(f"{sp}.splitlines()[{self.r.randint(0, 1)}:][:1] == []", P_CMP) if False else \
                E(f"'/'.join({sp}.splitlines())", P_PRIMARY, 0, s.n)
        if form == 2:
            return E(f"'|'.join({sp}.rsplit({self.pick([',', ' ', 'a', '-'])!r}, {self.r.randint(-1, 2)}))", P_PRIMARY, 0, s.n)
        if form == 3:
            return E(f"{sp}.{self.pick(['upper', 'lower', 'title'])}().{self.pick(['strip', 'swapcase', 'capitalize'])}()", P_PRIMARY, 0, s.n * 2)
        c = self.gen(STR, ctx, d - 1)
        return E(f"{self.pick(['max', 'min'])}({s.c}, {c.c})", P_PRIMARY, 0, max(s.n, c.n))

    def str_concat(self, ctx, d):
        a = self.gen(STR, ctx, d - 1)
        if self.chance(0.3):
            k = self.r.randint(0, 3)
            if self.chance(0.5):
                return E(f"{a.at(P_MUL)} * {k}", P_MUL, 0, a.n * k)
            return E(f"{k} * {a.at(P_MUL + 1)}", P_MUL, 0, a.n * k)
        b = self.gen(STR, ctx, d - 1)
        return E(f"{a.at(P_ADD)} + {b.at(P_ADD + 1)}", P_ADD, 0, a.n + b.n)

    def str_method(self, ctx, d):
        s = self.gen(STR, ctx, d - 1)
        m = self.pick(["upper", "lower", "strip", "lstrip", "rstrip", "title", "capitalize", "swapcase", "casefold",
                       "replace", "zfill", "center", "ljust", "rjust", "strip_arg", "split_idx", "partition"])
        sp = s.at(P_PRIMARY)
        if m in ("upper", "lower", "strip", "lstrip", "rstrip", "title", "capitalize", "swapcase", "casefold"):
            return E(f"{sp}.{m}()", P_PRIMARY, 0, s.n * 2)
        if m == "replace":
            a, b = self.gen_small_str(), self.gen_small_str()
            if a == "":
                a = "a"
            k = self.pick(["", "", f", {self.r.randint(-1, 2)}"])
            return E(f"{sp}.replace({a!r}, {b!r}{k})", P_PRIMARY, 0, s.n * max(1, len(b)) + 2)
        if m in ("zfill", "center", "ljust", "rjust"):
            w = self.r.randint(0, 14)
            if m != "zfill" and self.chance(0.5):
                return E(f"{sp}.{m}({w}, {self.pick(['*', '-', '.', ' ', '0'])!r})", P_PRIMARY, 0, max(s.n, w))
            return E(f"{sp}.{m}({w})", P_PRIMARY, 0, max(s.n, w))
        if m == "strip_arg":
            return E(f"{sp}.{self.pick(['strip', 'lstrip', 'rstrip'])}({self.pick(['a', ' x', '-', 'ab', '.0'])!r})", P_PRIMARY, 0, s.n)
        if m == "split_idx":
            sep = self.pick([",", " ", "a", "-"])
            k = self.pick(["", "", f", {self.r.randint(-1, 2)}"])
            return E(f"{sp}.{self.pick(['split', 'rsplit'])}({sep!r}{k})[{self.pick(['0', '-1'])}]", P_PRIMARY, 0, s.n)
        return E(f"{sp}.{self.pick(['partition', 'rpartition'])}({self.pick([',', ' ', 'a', '='])!r})[{self.r.randint(0, 2)}]", P_PRIMARY, 0, s.n)

    def str_slice(self, ctx, d):
        s = self.gen(STR, ctx, d - 1)
        sp = s.at(P_PRIMARY)
        form = self.r.randint(0, 4)
        if form == 0:
            return E(f"{sp}[::-1]", P_PRIMARY, 0, s.n)
        if form == 1:
            a, b = self.r.randint(-5, 5), self.r.randint(-5, 8)
            return E(f"{sp}[{a}:{b}]", P_PRIMARY, 0, s.n)
        if form == 2:
            a = self.r.randint(-3, 3)
            return E(f"{sp}[{a}:]" if self.chance(0.5) else f"{sp}[:{a}]", P_PRIMARY, 0, s.n)
        if form == 3:
            return E(f"{sp}[{self.pick(['', '1', '-1'])}::{self.pick(['2', '3', '-2'])}]", P_PRIMARY, 0, s.n)
        if "IndexError" in ctx.tol:
            return E(f"{sp}[{self.r.randint(-4, 4)}]", P_PRIMARY, 0, 1)
        return E(f"{sp}[{self.r.randint(-3, 3)}:][:1]", P_PRIMARY, 0, 1)

    def str_conv(self, ctx, d):
        t = self.rand_type(1)
        if not printable(t):
            t = INT
        e = self.gen(t, ctx, d - 1)
        fn = self.pick(["str", "repr", "str"])
        if kind(t) == "cls" and fn == "str":
            fn = "repr"
        return E(f"{fn}({e.c})", P_PRIMARY, 0, SB)

    def str_join(self, ctx, d):
        sep = repr(self.pick(["", " ", ", ", "-", "|", "\n "]))
        if self.chance(0.5):
            lst = self.gen(L(STR), ctx, d - 1)
            # The list may be a comprehension over a string: as long as
            # that string times its elements.
            return E(f"{sep}.join({lst.c})", P_PRIMARY, 0, SB * 2)
        it, var = self.iter_source(ctx, d, want_elem=None)
        if it is None:
            return None
        body = self.gen_with_var(STR, ctx, d, var)
        return E(f"{sep}.join({body.c} for {var.name} in {it})", P_PRIMARY, 0, SB * 2)

    def fmt_spec(self, t):
        if t == INT:
            return self.pick(["", "d", "5d", "<6", ">6", "^7", "+", "+d", " d", ",", "_", "x", "X", "#x", "o", "#o",
                              "b", "08b", "#b", "05", "*^9", "=+8", "-<5", ",d", "e", ".2f", "%", "n"[0:0] + "10,"])
        if t == FLOAT:
            return self.pick(["", ".2f", ".0f", ".3e", "e", "E", "g", "G", ".3g", "%", ".1%", "10.3f", "<10.2f",
                              "^12.4g", ">+12.2e", "012.3f", " .2f", "#.0f", "#g", ",.2f", "_.1f", "+", "f", ".15g",
                              ".17g", "8", ".1", "*>10.1f", "=+10.2f"])
        if t == STR:
            return self.pick(["", ">8", "<8", "^9", "*^9", ".3", "10.2", "-<6", "s", ">3"])
        return ""

    def fstring(self, ctx, d):
        parts = []
        n = self.r.randint(1, 3)
        for i in range(n):
            if self.chance(0.6):
                parts.append(self.pick(["", "v=", " | ", "[", "] ", "x:", " ", "->", "{{", "}}"]))
            t = self.pick([INT, INT, FLOAT, FLOAT, STR, BOOL, "any"])
            if t == "any":
                t = self.rand_type(1)
                if not printable(t):
                    t = INT
            e = self.gen(t, ctx, d - 1)
            code = e.at(P_IF + 1) if not e.c.startswith("{") else "(" + e.c + ")"
            if '"' in code or "\\" in code:
                return None  # 3.11: no reuse of the outer quote, no backslash inside {}
            conv = ""
            if self.chance(0.15):
                conv = self.pick(["!r", "!s"])
            spec = ""
            if not conv and kind(t) in (INT, FLOAT, STR) and self.chance(0.6):
                spec = self.fmt_spec(t)
            if not conv and t == BOOL and self.chance(0.3):
                spec = self.pick(["", "d", ">5", "<3", "^5", "*>4", "+", "x", "05"])
            if spec and kind(t) == STR and "=" in spec:
                spec = ""
            if not conv and t in (INT, FLOAT, STR) and self.chance(0.12):
                # nested replacement fields in the spec
                w = self.gen(INT, ctx, 0)
                wc = w.c if w.c.isdigit() and int(w.c) <= 20 else f"{w.at(P_MUL)} % 12"
                if '"' in wc:
                    wc = "7"
                spec = self.pick(["<", ">", "^", ""]) + "{" + wc + "}"
                if t == FLOAT:
                    spec += "." + "{" + str(self.r.randint(0, 5)) + "}" + self.pick(["f", "e", "g", ""])
            parts.append("{" + code + conv + (":" + spec if spec else "") + "}")
        body = "".join(parts)
        # use double quotes outside; inner code uses single quotes (repr of str literals)
        if '"' in body:
            return None
        return E(f'f"{body}"', P_ATOM, 0, SB)

    def percent_fmt(self, ctx, d):
        items = []
        fmt = []
        for _ in range(self.r.randint(1, 3)):
            t = self.pick([INT, FLOAT, STR])
            e = self.gen(t, ctx, d - 1)
            items.append(e)
            if t == INT:
                fmt.append(self.pick(["%d", "%5d", "%-4d", "%x", "%03d", "%+d", "%s", "%i"]))
            elif t == FLOAT:
                fmt.append(self.pick(["%f", "%.2f", "%8.3f", "%e", "%g", "%.1f", "%s", "%r"]))
            else:
                fmt.append(self.pick(["%s", "%r", "%6s", "%-6s", "%.2s"]))
        f = self.pick(["", "<", ":", " "]).join(fmt) + self.pick(["", "%%", "."])
        if len(items) == 1 and self.chance(0.5):
            return E(f"{f!r} % {items[0].at(P_MUL + 1)}", P_MUL, 0, SB)
        return E(f"{f!r} % ({', '.join(e.at(P_IF) for e in items)},)" if len(items) == 1 else
                 f"{f!r} % ({', '.join(e.at(P_IF) for e in items)})", P_MUL, 0, SB)

    def format_call(self, ctx, d):
        items = []
        specs = []
        for i in range(self.r.randint(1, 3)):
            t = self.pick([INT, FLOAT, STR])
            items.append(self.gen(t, ctx, d - 1))
            spec = self.fmt_spec(t) if self.chance(0.5) else ""
            if spec and t == STR and "=" in spec:
                spec = ""
            specs.append(spec)
        manual = self.chance(0.3)
        fields = []
        for i, spec in enumerate(specs):
            idx = str(self.r.randint(0, len(items) - 1)) if manual else ""
            if manual:
                spec = self.fmt_spec(None)
            fields.append("{" + idx + (":" + spec if spec else "") + "}")
        f = self.pick([" ", ", ", "/"]).join(fields)
        if not manual and self.chance(0.25):
            names = [f"k{i}" for i in range(len(items))]
            f = self.pick([" ", ", ", "/"]).join("{" + n + (":" + sp if sp else "") + "}" for n, sp in zip(names, specs))
            return E(f"{f!r}.format({', '.join(n + '=' + e.at(P_LAMBDA) for n, e in zip(names, items))})", P_PRIMARY, 0, SB)
        return E(f"{f!r}.format({', '.join(e.at(P_LAMBDA) for e in items)})", P_PRIMARY, 0, SB)

    # ---- containers
    def g_list(self, t, ctx, d):
        et = t[1]
        if d <= 0:
            v = self.var_expr(t, ctx)
            if v is not None and self.chance(0.7):
                return v
            n = self.r.randint(1, 3)
            return E("[" + ", ".join(self.gen(et, ctx, 0).at(P_IF) for _ in range(n)) + "]", P_ATOM, 0, n)
        forms = self.common(t, ctx, d) + [
            (3, lambda: self.list_lit(et, ctx, d)),
            (3, lambda: self.list_comp(et, ctx, d)),
            (2, lambda: self.list_sorted(et, ctx, d)),
            (2, lambda: self.list_ops(t, ctx, d)),
            (1, lambda: self.list_special(t, ctx, d)),
        ]
        return self.choose(forms) or self.list_lit(et, ctx, 0)

    def list_lit(self, et, ctx, d):
        n = self.r.randint(1, 5)
        # (a display of subclass instances was typed list[Sub]: findings/rejected_list_of_subclass.py, fixed;
        # a display nested in a call, list(reversed([Sub()])), is still list[Sub]: only now and then)
        sub = self.chance(0.2)
        # (ints among floats come from nt_list_elems, which keeps the first a float: a list of
        # ints only would be a list[int], findings/rejected_nested_int_list.py)
        sub = sub and et != FLOAT
        elems = [self.gen(et, ctx, d - 1, sub_ok=sub).at(P_IF) for _ in range(n)]
        elems = self.nt_list_elems(et, ctx, d - 1, elems)
        return E("[" + ", ".join(elems) + "]", P_ATOM, 0, n)

    def list_comp(self, et, ctx, d):
        ov = [v for v in ctx.vars() if v.t == L(O(et))]
        if ov and self.chance(0.5) and not ctx.module_level:
            v = self.pick(ov)
            x = ctx.fresh("v")
            return E(f"[{x} for {x} in {v.name} if {x} is not None]", P_ATOM, 0, LB)
        it, var = self.iter_source(ctx, d, want_elem=None)
        if it is None:
            return None
        body = self.gen_with_var(et, ctx, d, var, sub_ok=self.chance(0.2))
        cond = ""
        if self.chance(0.4):
            c = self.gen_with_var(BOOL, ctx, d, var)
            cond = f" if {c.at(P_OR)}"
        return E(f"[{body.at(P_IF)} for {var.name} in {it}{cond}]", P_ATOM, 0, LB * 2)

    def list_sorted(self, et, ctx, d):
        src = self.iterable_of(et, ctx, d)
        if src is None:
            return None
        rev = ", reverse=True" if self.chance(0.3) else ""
        if src.u or (orderable(et, self.classes) and self.chance(0.5) and not (kind(et) == "list")):
            # a key with ties would expose a str set's iteration order: plain sorted() only
            if not orderable(et, self.classes):
                return None
            return E(f"sorted({src.c}{rev})", P_PRIMARY, 0, src.n)
        key = self.key_lambda(et, ctx)
        if key is None:
            return None
        return E(f"sorted({src.c}, key={key}{rev})", P_PRIMARY, 0, src.n)

    def captured(self, ctx, lctx):
        """Makes the variables of the enclosing function readable in a
        lambda or nested function (a closure), except Optional variables
        narrowed here: inside the closure they have their declared type."""
        if ctx.module_level or ctx.func is None:
            return
        gnames = {g.name for g in self.globals}
        # A parameter declared Optional and narrowed by the function's
        # prologue is still Optional inside a closure.
        opt_params = {pn for pn, pt, _ in ctx.func.params if kind(pt) == "opt"}
        for v in ctx.vars():
            if v.nar or v.name in gnames or v.name in opt_params:
                continue
            lctx.scopes[0][v.name] = Var(v.name, v.t, True, v.b)

    def key_lambda(self, et, ctx):
        v = ctx.fresh("k")
        lctx = Ctx(self, func=ctx.func, scopes=[{}], tol=ctx.tol)
        lctx.names = ctx.names
        lctx.pure = True
        lctx.in_comp = True
        lctx.order = ctx.order
        lctx.iters = ctx.iters * LB
        for g in self.globals:
            lctx.scopes[0][g.name] = Var(g.name, g.t, True)
        if self.chance(0.5):
            self.captured(ctx, lctx)
        lctx.declare(v, et, True)
        kt = self.pick([INT, STR, INT, T(INT, STR), FLOAT])
        if kt == FLOAT and kind(et) != FLOAT:
            kt = INT
        body = self.gen(kt, lctx, 2)
        if kt == FLOAT and "nan" in body.c:
            return None
        return f"lambda {v}: {body.c}"

    def iterable_of(self, et, ctx, d):
        """Expression of some iterable with element type et (list, set, dict keys, str...)."""
        forms = []
        for v in ctx.vars():
            vk = kind(v.t)
            if vk in ("list", "set") and v.t[1] == et:
                forms.append(E(v.name, P_ATOM, 0, LB, u=(vk == "set" and contains_str_hash(et))))
            if vk == "dict" and v.t[1] == et:
                forms.append(E(v.name, P_ATOM, 0, LB))
                forms.append(E(f"{v.name}.keys()", P_PRIMARY, 0, LB))
            if vk == "dict" and v.t[2] == et:
                forms.append(E(f"{v.name}.values()", P_PRIMARY, 0, LB))
        if et == STR and self.chance(0.3):
            s = self.gen(STR, ctx, d - 1)
            forms.append(E(f"{s.at(P_PRIMARY)}.split()", P_PRIMARY, 0, SB))
            forms.append(E(f"{s.at(P_PRIMARY)}", P_PRIMARY, 0, SB))
        if et == INT and self.chance(0.3):
            forms.append(E(f"range({self.r.randint(-3, 3)}, {self.r.randint(0, 9)})", P_PRIMARY, 0, 12))
        if not forms or self.chance(0.2):
            return self.list_lit(et, ctx, d)
        return self.pick(forms)

    def list_ops(self, t, ctx, d):
        a = self.gen(t, ctx, d - 1)
        form = self.r.randint(0, 5)
        if form == 0:
            b = self.gen(t, ctx, d - 1)
            return E(f"{a.at(P_ADD)} + {b.at(P_ADD + 1)}", P_ADD, 0, a.n + b.n)
        if form == 1:
            k = self.r.randint(0, 3)
            return E(f"{a.at(P_MUL)} * {k}", P_MUL, 0, a.n * k)
        if form == 2:
            i, j = self.r.randint(-4, 4), self.r.randint(-4, 6)
            st = self.pick(["", "", ":2", ":-1", ":3"])
            return E(f"{a.at(P_PRIMARY)}[{i}:{j}{st}]", P_PRIMARY, 0, a.n)
        if form == 3:
            return E(f"{a.at(P_PRIMARY)}[::-1]", P_PRIMARY, 0, a.n)
        if form == 4:
            return E(f"list(reversed({a.c}))", P_PRIMARY, 0, a.n)
        return E(f"{a.at(P_PRIMARY)}.copy()" if self.chance(0.5) else f"list({a.c})", P_PRIMARY, 0, a.n)

    def list_special(self, t, ctx, d):
        et = t[1]
        if et == INT:
            form = self.r.randint(0, 2)
            if form == 0:
                a, b = self.r.randint(-5, 5), self.r.randint(-5, 12)
                st = self.pick(["", ", 2", ", -1", ", 3", ", -2"])
                return E(f"list(range({a}, {b}{st}))", P_PRIMARY, 0, 17)
            if form == 1:
                src = self.iterable_of(INT, ctx, d)
                v = ctx.fresh("q")
                lctx = self.lambda_ctx(ctx, v, INT)
                body = self.wrap_int(self.gen(INT, lctx, 1), 10 ** 6)
                return E(f"list(map(lambda {v}: {body.c}, {src.c}))", P_PRIMARY, 0, src.n)
            src = self.iterable_of(INT, ctx, d)
            v = ctx.fresh("q")
            lctx = self.lambda_ctx(ctx, v, INT)
            body = self.gen(BOOL, lctx, 1)
            return E(f"list(filter(lambda {v}: {body.c}, {src.c}))", P_PRIMARY, 0, src.n)
        if et == STR:
            s = self.gen(STR, ctx, d - 1)
            form = self.r.randint(0, 2)
            if form == 0:
                return E(f"{s.at(P_PRIMARY)}.split()", P_PRIMARY, 0, s.n)
            if form == 1:
                return E(f"{s.at(P_PRIMARY)}.split({self.pick([',', ' ', 'a', '-', ', '])!r})", P_PRIMARY, 0, s.n)
            return E(f"list({s.c})", P_PRIMARY, 0, s.n)
        dv = [v for v in ctx.vars() if kind(v.t) == "dict" and (v.t[1] == et or v.t[2] == et)]
        if dv:
            v = self.pick(dv)
            return E(f"list({v.name}.{'keys' if v.t[1] == et else 'values'}())", P_PRIMARY, 0, LB)
        return None

    def lambda_ctx(self, ctx, v, t):
        lctx = Ctx(self, func=ctx.func, scopes=[{}], tol=ctx.tol)
        lctx.names = ctx.names
        lctx.pure = True
        lctx.in_comp = True
        lctx.order = ctx.order
        lctx.iters = ctx.iters * LB
        for g in self.globals:
            lctx.scopes[0][g.name] = Var(g.name, g.t, True)
        if self.chance(0.5):
            self.captured(ctx, lctx)
        if v is not None:
            lctx.declare(v, t, True)
        return lctx

    def s_closure(self, ctx):
        """A nested function or lambda reading the enclosing function's
        variables (cells), called right away; or a `nonlocal` counter; or
        lambdas made in a loop, which all see the loop variable's last
        value."""
        if ctx.module_level or ctx.func is None or ctx.in_comp:
            return None
        form = self.wpick([(4, "def"), (2, "lambda"), (2, "nonlocal"), (1, "loop")])
        gnames = {g.name for g in self.globals}
        if form == "nonlocal":
            cands = [v for v in ctx.vars() if not v.ro and v.t == INT and v.name not in gnames
                     and not v.nar and v.name not in [p[0] for p in ctx.func.params]]
            if not cands:
                return None
            v = self.pick(cands)
            name = ctx.fresh("bump")
            lctx = self.lambda_ctx(ctx, None, None)
            e = self.wrap_int(self.gen(INT, lctx, 1))
            return [f"def {name}() -> None:", f"    nonlocal {v.name}",
                    f"    {v.name} = ({v.name} + {e.at(P_ADD + 1)}) % 1000",
                    f"{name}()", f"{name}()", f"print({name + ':'!r}, {v.name})"]
        if form == "loop":
            self.uses_typing.add("Callable")
            fs = ctx.fresh("fs")
            i = ctx.fresh("i")
            lctx = self.lambda_ctx(ctx, i, INT)
            lctx.scopes[0][i] = Var(i, INT, True, 3)
            e = self.wrap_int(self.gen(INT, lctx, 2))
            return [f"{fs}: list[Callable[[], int]] = []", f"for {i} in range(3):",
                    f"    {fs}.append(lambda: {e.c})", f"print([f() for f in {fs}])"]
        pt = self.pick([INT, STR, FLOAT, L(INT), BOOL])
        rt = self.pick([INT, STR, BOOL, L(INT), FLOAT])
        a = ctx.fresh("a")
        lctx = self.lambda_ctx(ctx, a, pt)
        body = self.gen(rt, lctx, 2)
        if rt == INT:
            body = self.wrap_int(body)
        if rt == STR or kind(rt) == "list":
            body = self.wrap_len(body, rt, SB if rt == STR else LB)
        if rt == FLOAT and "nan" in body.c:
            return None
        arg = self.gen(pt, ctx, 1)
        if pt == INT:
            arg = self.wrap_int(arg)
        if pt == STR or kind(pt) == "list":
            arg = self.wrap_len(arg, pt, SB if pt == STR else LB)
        name = ctx.fresh("cl")
        r = ctx.fresh(prefix_of(rt))
        if form == "lambda":
            self.uses_typing.add("Callable")
            head = [f"{name}: Callable[[{self.ann(pt)}], {self.ann(rt)}] = lambda {a}: {body.c}"]
        else:
            head = [f"def {name}({a}: {self.ann(pt)}) -> {self.ann(rt)}:", f"    return {body.c}"]
        ctx.declare(r, rt)
        out = head + [f"{r} = {name}({arg.c})"]
        if printable(rt):
            out.append(f"print({name + ':'!r}, {r})")
        return out

    def g_dict(self, t, ctx, d):
        kt, vt = t[1], t[2]
        if d <= 0:
            v = self.var_expr(t, ctx)
            if v is not None:
                return v
            return self.dict_lit(kt, vt, ctx, 0)
        forms = self.common(t, ctx, d) + [
            (3, lambda: self.dict_lit(kt, vt, ctx, d)),
            (2, lambda: self.dict_comp(kt, vt, ctx, d)),
            (1, lambda: self.dict_zip(kt, vt, ctx, d)),
            (1, lambda: self.dict_copy(t, ctx)),
        ]
        return self.choose(forms) or self.dict_lit(kt, vt, ctx, 0)

    def dict_copy(self, t, ctx):
        # (dict(<display>) was mistyped by multigen: findings/dict_of_dict_display.py, fixed)
        v = self.gen(t, ctx, 1)
        if self.chance(0.6):
            return E(f"dict({v.c})", P_PRIMARY, 0, LB)
        return E(f"{v.at(P_PRIMARY)}.copy()", P_PRIMARY, 0, LB)

    def dict_lit(self, kt, vt, ctx, d):
        n = self.r.randint(1, 4)
        items = []
        for _ in range(n):
            k = self.gen(kt, ctx, max(d - 1, 0))
            v = self.gen(vt, ctx, max(d - 1, 0))
            items.append(f"{k.at(P_IF)}: {v.at(P_IF)}")
        return E("{" + ", ".join(items) + "}", P_ATOM, 0, n)

    def dict_comp(self, kt, vt, ctx, d):
        it, var = self.iter_source(ctx, d, want_elem=None)
        if it is None:
            return None
        k = self.gen_with_var(kt, ctx, d, var)
        v = self.gen_with_var(vt, ctx, d, var)
        cond = ""
        if self.chance(0.3):
            c = self.gen_with_var(BOOL, ctx, d, var)
            cond = f" if {c.at(P_OR)}"
        return E(f"{{{k.at(P_IF)}: {v.at(P_IF)} for {var.name} in {it}{cond}}}", P_ATOM, 0, LB * 2)

    def dict_zip(self, kt, vt, ctx, d):
        a = self.gen(L(kt), ctx, d - 1)
        b = self.gen(L(vt), ctx, d - 1)
        return E(f"dict(zip({a.c}, {b.c}))", P_PRIMARY, 0, min(a.n, b.n))

    def g_set(self, t, ctx, d):
        et = t[1]
        if d <= 0:
            v = self.var_expr(t, ctx)
            if v is not None:
                return v
            return self.set_lit(et, ctx, 0)
        forms = self.common(t, ctx, d) + [
            (3, lambda: self.set_lit(et, ctx, d)),
            (2, lambda: self.set_comp(et, ctx, d)),
            (2, lambda: E(f"set({self.gen(L(et), ctx, d - 1).c})", P_PRIMARY, 0, LB)),
            (3, lambda: self.set_ops(t, ctx, d)),
        ]
        return self.choose(forms) or self.set_lit(et, ctx, 0)

    def set_lit(self, et, ctx, d):
        n = self.r.randint(1, 4)
        return E("{" + ", ".join(self.gen(et, ctx, max(d - 1, 0)).at(P_IF) for _ in range(n)) + "}", P_ATOM, 0, n)

    def set_comp(self, et, ctx, d):
        it, var = self.iter_source(ctx, d, want_elem=None)
        if it is None:
            return None
        body = self.gen_with_var(et, ctx, d, var)
        return E(f"{{{body.at(P_IF)} for {var.name} in {it}}}", P_ATOM, 0, LB * 2)

    def set_ops(self, t, ctx, d):
        a = self.gen(t, ctx, d - 1)
        b = self.gen(t, ctx, d - 1)
        op = self.pick(["|", "&", "-", "^", "union", "intersection", "difference", "symmetric_difference"])
        if op in ("|", "&", "-", "^"):
            p = {"|": P_BOR, "&": P_BAND, "-": P_ADD, "^": P_BXOR}[op]
            return E(f"{a.at(p)} {op} {b.at(p + 1)}", p, 0, a.n + b.n)
        return E(f"{a.at(P_PRIMARY)}.{op}({b.c})", P_PRIMARY, 0, a.n + b.n)

    def g_tuple(self, t, ctx, d):
        forms = self.common(t, ctx, d) if d > 0 else []
        forms.append((3, lambda: E("(" + ", ".join(self.gen(x, ctx, max(d - 1, 0), sub_ok=False).at(P_IF) for x in t[1:]) + ")", P_ATOM)))
        if t == T(INT, INT) and d > 0:
            forms.append((1, lambda: E(f"divmod({self.gen(INT, ctx, d - 1).c}, {self.nonzero_int(ctx, d).c})", P_PRIMARY)))
        if t == T(STR, STR, STR) and d > 0:
            forms.append((1, lambda: E(f"{self.gen(STR, ctx, d - 1).at(P_PRIMARY)}.partition({self.pick([',', ' ', 'a'])!r})", P_PRIMARY)))
        e = self.choose(forms)
        if e is None:
            e = E("(" + ", ".join(self.gen(x, ctx, 0).at(P_IF) for x in t[1:]) + ")", P_ATOM)
        return e

    def g_opt(self, t, ctx, d, sub_ok=False):
        inner = t[1]
        forms = [(2, lambda: E("None")), (3, lambda: self.gen(inner, ctx, max(d - 1, 0), sub_ok=sub_ok))]
        v = self.var_expr(t, ctx)
        if v is not None:
            forms.append((5, lambda: v))
        if d > 0:
            fs = self.callable_funcs(t, ctx)
            if fs:
                forms.append((2, lambda: self.call_expr(self.pick(fs), ctx, d)))
            dv = [x for x in ctx.vars() if kind(x.t) == "dict" and x.t[2] == inner]
            if dv:
                def dget():
                    x = self.pick(dv)
                    return E(f"{x.name}.get({self.gen(x.t[1], ctx, 0).at(P_LAMBDA)})", P_PRIMARY)
                forms.append((2, dget))
            fe = self.field_expr(t, ctx, d)
            if fe is not None:
                forms.append((2, lambda: fe))
        e = self.choose(forms)
        return e or E("None")

    def g_cls(self, t, ctx, d, sub_ok=False):
        ci = self.classes[t[1]]
        forms = []
        if d > 0 and "add" in ci.special:
            forms.append((1, lambda: self.cls_add(t, ctx, d)))
        if ci.cm and d > 0:
            forms.append((1, lambda: self.cls_make(ci, ctx, d)))
        forms.append((3, lambda: self.construct(ci if not sub_ok else self.pick(ci.descendants()), ctx, d)))
        if d > 0:
            forms += self.common(t, ctx, d, sub_ok)
        else:
            v = self.var_expr(t, ctx, sub_ok)
            if v is not None:
                forms.append((6, lambda: v))
        e = self.choose(forms)
        return e or self.construct(ci, ctx, 0)

    def cls_add(self, t, ctx, d):
        a = self.gen(t, ctx, d - 1, sub_ok=True)
        b = self.gen(t, ctx, d - 1, sub_ok=True)
        return E(f"{a.at(P_ADD)} + {b.at(P_ADD + 1)}", P_ADD)

    def cls_make(self, ci, ctx, d):
        args = []
        for pn, pt, _ in ci.all_init_params():
            e = self.gen(pt, ctx, max(d - 1, 0))
            if pt == INT:
                e = self.wrap_int(e)
            if kind(pt) in ("str", "list"):
                e = self.wrap_len(e, pt, SB if pt == STR else LB)
            args.append(e.at(P_LAMBDA))
        return E(f"{ci.name}.make({', '.join(args)})", P_PRIMARY)

    def construct(self, ci, ctx, d):
        args = []
        kw = False
        own = {f[0] for f in ci.fields}
        for pn, pt, pd in ci.all_init_params():
            if pd is not None and self.chance(0.5):
                kw = True
                continue
            e = self.gen(pt, ctx, max(d - 1, 0), sub_ok=True)
            if pt == INT:
                e = self.wrap_int(e)
            if kind(pt) in ("str", "list"):
                e = self.wrap_len(e, pt, SB if pt == STR else LB)
            if kw or self.chance(0.15):
                kw = True
                args.append(f"{pn}={e.at(P_LAMBDA)}")
            else:
                args.append(e.at(P_LAMBDA))
        return E(f"{ci.name}({', '.join(args)})", P_PRIMARY)

    # ---- iteration sources for comprehensions / genexprs / any / all
    def iter_source(self, ctx, d, want_elem=None):
        """Returns (iterable code, Var for the loop variable) -- the Var is not yet declared."""
        cands = []
        for v in ctx.vars():
            vk = kind(v.t)
            if vk == "list":
                cands.append((v.name, v.t[1]))
            elif vk == "set" and not contains_str_hash(v.t[1]):
                cands.append((v.name, v.t[1]))
            elif vk == "dict":
                cands.append((v.name, v.t[1]))
                cands.append((f"{v.name}.values()", v.t[2]))
                cands.append((f"{v.name}.items()", T(v.t[1], v.t[2])))
            elif vk == "str":
                cands.append((v.name, STR))
            elif vk == "set":
                cands.append((f"sorted({v.name})", v.t[1]))
        cands.append((f"range({self.r.randint(0, 3)}, {self.r.randint(3, 9)})", INT))
        if self.chance(0.2):
            cands.append((f"range({self.r.randint(0, 6)})", INT))
        name, et = self.pick(cands)
        if kind(et) == "tuple" and self.chance(0.0):
            pass
        var = Var(ctx.fresh("v"), et, True, b=(10 if name.startswith("range") else None))
        return name, var

    def gen_with_var(self, t, ctx, d, var, sub_ok=False):
        c = ctx.child(in_comp=True, pure=True, iters=ctx.iters * LB)
        c.declare(var.name, var.t, True, var.b)
        e = self.gen(t, c, max(d - 1, 1), sub_ok=sub_ok)
        # make sure the variable is used now and then
        return e
