"""Statements of the random program generator (`gen.py`): blocks,
assignments, prints, control flow, mutation of containers, `with`, `try`
and `raise`, unpacking, calls, and the reads of attributes that may be
unset. A mixin of `gen.Gen`.
"""

import re

from gen_types import *  # noqa: F401,F403  (the program model is this mixin's vocabulary)


class StmtForms:
    """Methods of `gen.Gen`, moved here to keep `gen.py` a readable size."""

    # ------------------------------------------------------------ statements

    def block(self, ctx, n):
        """n statements (at least one line)."""
        lines = []
        for _ in range(n):
            if ctx.budget[0] <= 0 and lines:
                break
            s = self.stmt(ctx)
            ctx.budget[0] -= len(s)
            lines += s
        if not lines:
            lines = ["pass"]
        return lines

    def total_lines(self):
        return sum(len(x) for x in self.out)

    def stmt(self, ctx):
        if self.fx:
            self.fx[-1]["cost"] += ctx.iters
        # A library statement now and then (gen_stdlib.py; drawn from its own stream).
        s = self.stdlib_stmt(ctx)
        if s:
            return s
        forms = [
            (6, self.s_new_var),
            (3, self.s_assign),
            (3, self.s_aug),
            (6, self.s_print),
            (3, self.s_if),
            (3, self.s_for),
            (1, self.s_while),
            (3, self.s_mutate),
            (2, self.s_try),
            (1, self.s_call_stmt),
            (1, self.s_raise),
            (1, self.s_unpack),
            (1, self.s_star),
            (1, self.s_varargs),
            (2, self.s_field_assign),
            (1, self.s_with),
            (2, self.s_closure),
            (2, self.s_generator),
            (3, self.s_fused_loop),
            (5 if getattr(self, "typing_on", False) else 0, self.s_generic_call),
            (8 if getattr(self, "protocols_on", False) else 0, self.s_protocol_call),
            (10 if getattr(self, "dynamic_on", False) else 0, self.s_dynamic),
            (2, self.s_match),
            # The enum prelude's flags define `__contains__`, which multigen's
            # `in` on `Any` refuses: no enums where the dynamic prelude is.
            (0 if getattr(self, "dynamic_on", False) else 1, self.s_enum),
            # The dunder prelude's classes define special methods `dy_op` would meet.
            (0 if getattr(self, "dynamic_on", False) else 1, self.s_dunder),
        ]
        if ctx.in_loop:
            forms.append((2, self.s_break_continue))
        forms.append((1, self.s_print_special))
        forms.append((1, self.s_aug_elem))
        if self.unset_mode:
            forms.append((W_UNSET_PROBE, self.s_unset_probe))
        if ctx.func is not None and ctx.func.ret is not None and ctx.depth > 0:
            forms.append((1, self.s_early_return))
        if ctx.depth >= ctx.max_depth or ctx.budget[0] < 4:
            forms = [(w, f) for w, f in forms if f not in (self.s_if, self.s_for, self.s_while, self.s_try, self.s_with,
                                                              self.s_match)]
        for _ in range(10):
            f = self.wpick(forms)
            out = f(ctx)
            if out:
                return out
        return [self.print_line(ctx)]

    def indent(self, lines):
        return ["    " + l for l in lines]

    def new_var_type(self, ctx):
        t = self.rand_type()
        return t

    def s_new_var(self, ctx, t=None):
        t = t or self.new_var_type(ctx)
        name = ctx.fresh(prefix_of(t))
        e = self.gen(t, ctx, 3 if kind(t) in SCALARS else 2, sub_ok=True)
        if t == INT:
            e = self.wrap_int(e)
        if t in (STR,) or kind(t) == "list":
            e = self.wrap_len(e, t, SB if t == STR else LB)
        annotate = contains_cls(t) or kind(t) == "opt" or self.chance(0.3) or e.c in ("[]", "{}", "set()")
        annotate = annotate or e.nt  # an int declared float
        if kind(t) in ("list", "dict", "set") and self.chance(0.15):
            e = E({"list": "[]", "dict": "{}", "set": "set()"}[kind(t)])
            annotate = True
        if kind(t) == "list" and not annotate and e.c.startswith("["):
            annotate = True  # element types could widen to a subclass
        if annotate:
            line = f"{name}: {self.ann(t)} = {e.c}"
        else:
            line = f"{name} = {e.c}"
        ctx.declare(name, t)
        out = [line]
        if printable(t) and self.chance(0.6):
            out.append(f"print({self.pick([repr(name + ':'), repr(name)])}, {name})")
        return out

    def s_assign(self, ctx):
        vs = [v for v in ctx.vars() if not v.ro and (v.t not in ctx.frozen)]
        if not vs:
            return None
        v = self.pick(vs)
        e = self.gen(v.t, ctx, 2, sub_ok=True)
        if v.t == INT:
            e = self.wrap_int(e)
        if v.t == STR or kind(v.t) == "list":
            bound = SB if v.t == STR else LB
            # A value computed from the variable itself (`s = '|'.join([c
            # for c in s])`) can multiply its length at every iteration of
            # a loop, whatever the estimate: cut it.
            if re.search(rf"\b{v.name}\b", e.c) and e.n > bound // 2:
                e = E(e.c, e.p, e.b, bound + 1, e.u)
            e = self.wrap_len(e, v.t, bound)
        return [f"{v.name} = {e.c}"]

    def s_aug(self, ctx):
        vs = [v for v in ctx.vars() if not v.ro and kind(v.t) in (INT, FLOAT, STR, "list", "set")
              and v.t not in ctx.frozen]
        if not vs:
            return None
        v = self.pick(vs)
        if v.t == INT:
            op = self.pick(["+=", "-=", "*=", "//=", "%=", "|=", "^=", "&=", "<<=", ">>="])
            if op in ("+=", "-="):
                e = self.gen(INT, ctx, 1)
                if e.b * ctx.iters > 10 ** 7:
                    e = E(f"{e.at(P_MUL)} % 100", P_MUL, 100)
                return [f"{v.name} {op} {e.c}"]
            if op in ("*=", "<<="):
                # Keep the variable bounded: reduce right after growing. The two
                # share one line so that nothing (such as the risky statement a
                # `try` body gets) can be inserted between them.
                k = self.r.randint(0, 9) if op == "*=" else self.r.randint(0, 4)
                m = self.pick([97, 1000, 10007, 65536, -101])
                return [f"{v.name} {op} {k}; {v.name} %= {m}"]
            if op in ("//=", "%="):
                e = self.nonzero_int(ctx, 1)
                return [f"{v.name} {op} {e.c}"]
            if op == ">>=":
                return [f"{v.name} >>= {self.r.randint(0, 5)}"]
            e = self.gen(INT, ctx, 1)
            return [f"{v.name} {op} {e.c}"]
        if v.t == FLOAT:
            op = self.pick(["+=", "-=", "*=", "/="])
            if op == "*=":
                return [f"{v.name} *= {self.pick(['0.5', '1.5', '-1.0', '2.0', '0.1', '1.0001'])}"]
            if op == "/=":
                return [f"{v.name} /= {self.nonzero_float(ctx, 1).c}"]
            e = self.gen(FLOAT, ctx, 1)
            return [f"{v.name} {op} {e.c}"]
        if v.t == STR:
            e = self.gen(STR, ctx, 1)
            if ctx.iters > 4:
                e = E(f"{e.at(P_PRIMARY)}[:2]", P_PRIMARY, 0, 2)
            else:
                e = self.wrap_len(e, STR, 8)
            return [f"{v.name} += {e.c}; {v.name} = {v.name}[-{self.r.randint(8, 40)}:]"] if self.chance(0.3) else [f"{v.name} += {e.c}"]
        if kind(v.t) in ("list", "set"):
            self.mark_mut()
        if kind(v.t) == "list":
            e = self.gen(v.t, ctx, 1, sub_ok=False)
            if ctx.iters > 4:
                e = E(f"{e.at(P_PRIMARY)}[:1]", P_PRIMARY, 0, 1)
            else:
                e = self.wrap_len(e, v.t, 6)
            # The trim shares the line of the growth, as for ints above.
            if ctx.iters > 1:
                return [f"{v.name} += {e.c}; del {v.name}[:-{self.r.randint(5, 15)}]"]
            return [f"{v.name} += {e.c}"]
        e = self.gen(v.t, ctx, 1)
        return [f"{v.name} {self.pick(['|=', '&=', '-=', '^='])} {e.c}"]

    def print_line(self, ctx):
        vs = [v for v in ctx.vars() if printable(v.t)]
        if vs and self.chance(0.5):
            picks = [self.pick(vs) for _ in range(self.r.randint(1, 3))]
            return f"print({', '.join(v.name for v in picks)})"
        t = self.rand_type(1)
        if not printable(t):
            t = STR
        e = self.gen(t, ctx, 2)
        return f"print({e.c})"

    def s_print(self, ctx):
        form = self.r.randint(0, 6)
        if form <= 2:
            return [self.print_line(ctx)]
        args = []
        for _ in range(self.r.randint(1, 4)):
            t = self.rand_type(1)
            if not printable(t):
                t = INT
            args.append(self.gen(t, ctx, 2).at(P_LAMBDA))
        extra = ""
        if form == 3:
            extra = f", sep={self.pick(['', ', ', '|', ' - ', chr(10)])!r}"
        elif form == 4:
            extra = f", end={self.pick(['', ' ', ';', chr(10) + chr(10)])!r}"
        elif form == 5 and self.chance(0.3):
            return ["print()"]
        return [f"print({', '.join(args)}{extra})"]

    SPECIAL_FLOATS = ["float('inf')", "-math.inf", "math.nan", "-0.0", "1e308 * 10.0", "0.1 + 0.2", "5e-324",
                      "1.7976931348623157e308", "2.0 ** -1074", "1e16", "123456789012345678.0", "1e-7", "0.5",
                      "2.5", "-1.5", "1e22", "9007199254740993.0", "float('-nan')", "-(0.0)", "1 / 3"]

    def s_print_special(self, ctx):
        self.uses_math = True
        xs = [self.pick(self.SPECIAL_FLOATS) for _ in range(self.r.randint(1, 3))]
        parts = []
        for x in xs:
            form = self.r.randint(0, 6)
            if form == 0:
                parts.append(x)
            elif form == 1:
                parts.append(f"repr({x})")
            elif form == 2:
                parts.append(f'f"{{{x}:{self.fmt_spec(FLOAT)}}}"' if "'" not in x else x)
            elif form == 3:
                parts.append(f"math.isnan({x}), math.isinf({x})")
            elif form == 4:
                parts.append(f"str({x})")
            elif form == 5:
                parts.append(f"round({x}, {self.r.randint(0, 3)})" if "inf" not in x and "nan" not in x and "10.0" not in x else f"[{x}]")
            else:
                y = self.pick(self.SPECIAL_FLOATS)
                parts.append(f"({x}) {self.pick(['<', '==', '!=', '>='])} ({y})")
        return [f"print({', '.join(parts)})"]

    def s_aug_elem(self, ctx):
        if ctx.pure:
            return None
        cands = []
        for v in ctx.vars():
            if kind(v.t) == "list" and v.t[1] in (INT, STR, FLOAT) and v.t not in ctx.frozen:
                cands.append(("list", v.name, v.t[1]))
        for n, ci in self.obj_exprs(ctx):
            if ci.is_dc and ci.frozen:
                continue
            for fn, ft, _ in ci.all_fields():
                if ci.fragile(fn) and "AttributeError" not in ctx.tol:
                    continue
                if ft in (INT, STR, FLOAT):
                    cands.append(("field", f"{n}.{fn}", ft))
        if not cands:
            return None
        how, name, t = self.pick(cands)
        self.mark_mut()
        if t == INT:
            e = E(str(self.r.randint(-3, 9)))
            op = self.pick(["+=", "-=", "*=", "//=", "%="])
            if op in ("//=", "%="):
                e = E(str(self.pick([2, 3, -4, 7])), P_ATOM)
            if op == "*=":
                e = E(str(self.pick([2, -1, 3])), P_ATOM)
                if ctx.iters > 1:
                    op = "+="
        elif t == FLOAT:
            e = E(self.pick(["0.5", "1.25", "0.1", "2.0"]))
            op = self.pick(["+=", "-=", "*="])
        else:
            e = lit_str(self.pick(SMALL_STRS))
            op = "+="
        if how == "list":
            i = self.gen(INT, ctx, 0)
            lines = [f"if {name}:", f"    {name}[{i.at(P_MUL)} % len({name})] {op} {e.c}"]
        else:
            lines = [f"{name} {op} {e.c}"]
        return lines

    def s_if(self, ctx):
        c = self.g_bool(BOOL, ctx, 2)
        # narrowing of an Optional variable
        ov = [v for v in ctx.vars() if kind(v.t) == "opt"]
        narrow = None
        if ov and self.chance(0.35) and not ctx.module_level:
            v = self.pick(ov)
            narrow = v
            c = E(f"{v.name} is not None" if self.chance(0.7) else f"{v.name}", P_CMP)
        iv = [(n, ci) for n, ci in self.obj_exprs(ctx) if ci.subclasses]
        inst = None
        if not narrow and iv and self.chance(0.2) and not ctx.module_level:
            n, ci = self.pick(iv)
            sub = self.pick(ci.subclasses)
            inst = (n, sub)
            c = E(f"isinstance({n}, {sub.name})", P_PRIMARY)
        out = [f"if {c.c}:"]
        body_ctx = ctx.child(depth=ctx.depth + 1)
        if narrow is not None:
            pre = []
            if self.chance(0.3):
                # a narrowed copy: the variable is a T inside
                tmp = body_ctx.fresh("nv")
                body_ctx.declare(tmp, narrow.t[1], True)
                pre = [f"{tmp} = {narrow.name}"]
            else:
                # the variable itself is a T inside the body
                tmp = narrow.name
                body_ctx.declare(tmp, narrow.t[1], narrow.ro, nar=True)
            if printable(narrow.t[1]):
                pre.append(f"print({repr('narrowed')}, {tmp})")
            out += self.indent(pre + self.block(body_ctx, self.r.randint(1, 3)))
        elif inst is not None:
            n, sub = inst
            own = [f for f in sub.fields if not sub.fragile(f[0])]
            pre = []
            if own:
                fn, ft, _ = self.pick(own)
                if printable(ft):
                    pre.append(f"print({repr(sub.name)}, {n}.{fn})")
            out += self.indent(pre + self.block(body_ctx, self.r.randint(1, 2)))
        else:
            out += self.indent(self.block(body_ctx, self.r.randint(1, 3)))
        while self.chance(0.3):
            c2 = self.g_bool(BOOL, ctx, 2)
            out.append(f"elif {c2.c}:")
            out += self.indent(self.block(ctx.child(depth=ctx.depth + 1), self.r.randint(1, 2)))
        if self.chance(0.5):
            out.append("else:")
            out += self.indent(self.block(ctx.child(depth=ctx.depth + 1), self.r.randint(1, 2)))
        return out

    def loop_iters_ok(self, ctx, n):
        return ctx.iters * n <= 60

    def s_for(self, ctx):
        form = self.wpick([(4, "range"), (3, "list"), (2, "dict"), (1, "enumerate"), (1, "zip"), (1, "str"),
                           (1, "set"), (1, "copy")])
        header = None
        vars_ = []
        frozen = set(ctx.frozen)
        n_est = 6
        if form == "range":
            a = self.r.randint(-3, 3)
            b = a + self.r.randint(0, 7)
            st = self.pick(["", "", ", 2", ", 3"])
            if self.chance(0.2):
                a, b = b, a
                st = self.pick([", -1", ", -2"])
            if self.chance(0.2):
                iv = self.var_expr(INT, ctx)
                if iv is not None:
                    b = f"{iv.at(P_MUL)} % {self.r.randint(2, 7)}"
                    a = 0
                    st = ""
            v = ctx.fresh("i")
            header = f"for {v} in range({a}, {b}{st}):" if a != 0 or self.chance(0.5) else f"for {v} in range({b}):"
            vars_.append((v, INT, 10))
        elif form in ("list", "copy", "enumerate"):
            lv = [v for v in ctx.vars() if kind(v.t) == "list"]
            if not lv:
                return None
            v = self.pick(lv)
            x = ctx.fresh("x")
            src = v.name
            if form == "copy":
                src = self.pick([f"{v.name}[:]", f"list({v.name})", f"{v.name}.copy()"])
                if orderable(v.t[1], self.classes) and self.chance(0.4):
                    src = f"sorted({v.name})"
            else:
                frozen.add(v.t)
            if self.chance(0.3):
                src = f"{src}[:{self.r.randint(1, 4)}]" if form != "copy" or not src.startswith("sorted") else src
            if kind(v.t[1]) == "opt" and self.chance(0.7) and not ctx.module_level:
                header = f"for {x} in {src}:"
                vars_.append((x, v.t[1][1], None))
                skip = ["if " + x + " is None:"] + (["    print('none')"] if self.chance(0.5) else []) + \
                       ["    " + self.pick(["continue", "continue", "break"])]
                n_est = LB
                if not self.loop_iters_ok(ctx, n_est):
                    return None
                body_ctx = ctx.child(in_loop=True, iters=ctx.iters * n_est, frozen=frozenset(frozen), depth=ctx.depth + 1)
                body_ctx.declare(x, v.t[1][1], True)
                body = skip + [f"print({x})"] + self.block(body_ctx, self.r.randint(1, 3))
                return [header] + self.indent(body)
            if form == "enumerate":
                k = ctx.fresh("j")
                header = f"for {k}, {x} in enumerate({src}{self.pick(['', ', 1', ', -2'])}):"
                vars_.append((k, INT, 100))
            else:
                header = f"for {x} in {src}:"
            vars_.append((x, v.t[1], None))
            n_est = LB
        elif form == "dict":
            dv = [v for v in ctx.vars() if kind(v.t) == "dict"]
            if not dv:
                return None
            v = self.pick(dv)
            frozen.add(v.t)
            k = ctx.fresh("k")
            sub = self.pick(["items", "keys", "values", "plain"])
            if sub == "items":
                val = ctx.fresh("val")
                header = f"for {k}, {val} in {v.name}.items():"
                vars_ += [(k, v.t[1], None), (val, v.t[2], None)]
            elif sub == "values":
                header = f"for {k} in {v.name}.values():"
                vars_.append((k, v.t[2], None))
            else:
                header = f"for {k} in {v.name}{'.keys()' if sub == 'keys' else ''}:"
                vars_.append((k, v.t[1], None))
            n_est = LB
        elif form == "zip":
            lv = [v for v in ctx.vars() if kind(v.t) == "list"]
            if len(lv) < 1:
                return None
            a = self.pick(lv)
            b = self.pick(lv)
            frozen.add(a.t)
            frozen.add(b.t)
            x, y = ctx.fresh("x"), ctx.fresh("y")
            header = f"for {x}, {y} in zip({a.name}, {b.name}):"
            vars_ += [(x, a.t[1], None), (y, b.t[1], None)]
            n_est = LB
        elif form == "str":
            s = self.gen(STR, ctx, 1)
            c = ctx.fresh("ch")
            header = f"for {c} in {s.at(P_PRIMARY)}[:{self.r.randint(1, 8)}]:"
            vars_.append((c, STR, None))
            n_est = 8
        elif form == "set":
            sv = [v for v in ctx.vars() if kind(v.t) == "set"]
            if not sv:
                return None
            v = self.pick(sv)
            x = ctx.fresh("x")
            if contains_str_hash(v.t[1]):
                header = f"for {x} in sorted({v.name}):"
            else:
                header = f"for {x} in {v.name}:"
                frozen.add(v.t)
            vars_.append((x, v.t[1], None))
            n_est = LB
        if not self.loop_iters_ok(ctx, n_est):
            return None
        body_ctx = ctx.child(in_loop=True, iters=ctx.iters * n_est, frozen=frozenset(frozen), depth=ctx.depth + 1)
        for name, t, b in vars_:
            body_ctx.declare(name, t, True, b)
        body = []
        pv = [name for name, t, _ in vars_ if printable(t)]
        if pv and self.chance(0.6):
            body.append(f"print({', '.join(pv)})")
        body += self.block(body_ctx, self.r.randint(1, 4))
        out = [header] + self.indent(body)
        if self.chance(0.15):
            out.append("else:")
            out += self.indent([f"print({repr('loop done')})"] + self.block(ctx.child(depth=ctx.depth + 1), 1))
        return out

    def s_while(self, ctx):
        if not self.loop_iters_ok(ctx, 8):
            return None
        w = ctx.fresh("w")
        k = self.r.randint(0, 7)
        body_ctx = ctx.child(in_loop=True, iters=ctx.iters * 8, depth=ctx.depth + 1)
        body_ctx.declare(w, INT, True, 10)
        if self.chance(0.5):
            cond = ""
            if self.chance(0.3):
                cond = " and " + self.g_bool(BOOL, ctx, 1).at(P_AND + 1)
            out = [f"{w} = {k}", f"while {w} > 0{cond}:"]
            body = [f"{w} -= 1"]
        else:
            out = [f"{w} = 0", "while True:"]
            body = [f"{w} += 1", f"if {w} > {k}:", "    break"]
        body += self.block(body_ctx, self.r.randint(1, 3))
        out += self.indent(body)
        if self.chance(0.15):
            out.append("else:")
            out += self.indent([f"print({repr('while done')}, {w})"])
        ctx.declare(w, INT, True, 10)
        return out

    def s_break_continue(self, ctx):
        c = self.g_bool(BOOL, ctx, 1)
        return [f"if {c.c}:", "    " + self.pick(["break", "continue"])]

    def s_early_return(self, ctx):
        c = self.g_bool(BOOL, ctx, 1)
        e = self.ret_expr(ctx)
        return [f"if {c.c}:", f"    return {e.c}"]

    def ret_expr(self, ctx):
        t = ctx.func.ret
        e = self.gen(t, ctx, 2, sub_ok=True)
        if t == INT:
            e = self.wrap_int(e)
        if t == STR or kind(t) == "list":
            e = self.wrap_len(e, t, SB if t == STR else LB)
        return e

    def mutable_containers(self, ctx):
        out = []
        if ctx.pure:
            return out
        for v in ctx.vars():
            if kind(v.t) in ("list", "dict", "set") and v.t not in ctx.frozen:
                out.append((v.name, v.t))
        for n, ci in self.obj_exprs(ctx):
            if ci.is_dc and ci.frozen:
                continue
            for fn, ft, _ in ci.all_fields():
                if ci.fragile(fn) and "AttributeError" not in ctx.tol:
                    continue
                if kind(ft) in ("list", "dict", "set") and ft not in ctx.frozen:
                    out.append((f"{n}.{fn}", ft))
        return out

    def mark_mut(self):
        if self.fx:
            self.fx[-1]["mut"] = True

    def s_mutate(self, ctx):
        if ctx.pure:
            return None
        cs = self.mutable_containers(ctx)
        if not cs:
            return None
        self.mark_mut()
        name, t = self.pick(cs)
        k = kind(t)
        grow_ok = ctx.iters <= 8 or self.chance(0.1)
        if k == "list":
            et = t[1]
            m = self.pick(["append", "append", "extend", "insert", "pop", "setitem", "sort", "reverse", "remove",
                           "del", "clear", "slice_assign"])
            if m == "append" and grow_ok:
                e = self.gen(et, ctx, 1, sub_ok=True)
                if et == INT:
                    e = self.wrap_int(e)
                return [f"{name}.append({e.c})"]
            if m == "extend" and grow_ok:
                e = self.gen(t, ctx, 1)
                e = self.wrap_len(e, t, 4)
                return [f"{name}.extend({e.c})"]
            if m == "insert" and grow_ok:
                e = self.gen(et, ctx, 1, sub_ok=True)
                return [f"{name}.insert({self.r.randint(-3, 5)}, {e.c})"]
            if m == "pop":
                if "IndexError" in ctx.tol and self.chance(0.5):
                    return [f"print({repr('pop')}, {name}.pop({self.pick(['', '0', '-1', '2'])}))" if printable(et) else f"{name}.pop()"]
                return [f"if {name}:", f"    {name}.pop({self.pick(['', '0', '-1'])})"]
            if m == "setitem":
                e = self.gen(et, ctx, 1, sub_ok=True)
                if et == INT:
                    e = self.wrap_int(e)
                idx = self.index_expr(name, ctx, "IndexError")
                if idx is None:
                    i = self.gen(INT, ctx, 0)
                    return [f"if {name}:", f"    {name}[{i.at(P_MUL)} % len({name})] = {e.c}"]
                return [f"{name}[{idx}] = {e.c}"]
            if m == "sort":
                if orderable(et, self.classes) and et != FLOAT and self.chance(0.6):
                    return [f"{name}.sort({self.pick(['', 'reverse=True'])})"]
                key = self.key_lambda(et, ctx)
                if key is None:
                    return None
                return [f"{name}.sort(key={key}{self.pick(['', ', reverse=True'])})"]
            if m == "reverse":
                return [f"{name}.reverse()"]
            if m == "remove":
                if kind(et) == "cls" and not (self.classes[et[1]].has_eq or self.classes[et[1]].is_dc):
                    return None
                e = self.gen(et, ctx, 0)
                if "ValueError" in ctx.tol:
                    return [f"{name}.remove({e.c})"]
                return [f"if {e.at(P_CMP + 1)} in {name}:", f"    {name}.remove({e.c})"]
            if m == "del":
                if "IndexError" in ctx.tol and self.chance(0.5):
                    return [f"del {name}[{self.r.randint(-3, 3)}]"]
                return [f"del {name}[{self.r.randint(-3, 3)}:{self.r.randint(-2, 5)}]"]
            if m == "clear":
                if self.chance(0.3):
                    return [f"{name}.clear()"]
                return None
            if m == "slice_assign":
                e = self.gen(t, ctx, 1)
                e = self.wrap_len(e, t, 4)
                return [f"{name}[{self.r.randint(0, 2)}:{self.r.randint(1, 4)}] = {e.c}"]
            return None
        if k == "dict":
            kt, vt = t[1], t[2]
            m = self.pick(["set", "set", "update_val", "pop", "del", "setdefault", "update", "popitem"])
            key = self.gen(kt, ctx, 1)
            if kt == INT:
                key = self.wrap_int(key)
            if m == "set" and grow_ok:
                v = self.gen(vt, ctx, 1, sub_ok=True)
                if vt == INT:
                    v = self.wrap_int(v)
                return [f"{name}[{key.c}] = {v.c}"]
            if m == "update_val" and vt in (INT, STR, FLOAT):
                v = self.gen(vt, ctx, 1)
                if vt == INT:
                    v = E(f"{v.at(P_MUL)} % 1000", P_MUL, 1000)
                if vt == STR:
                    v = self.wrap_len(v, STR, 3)
                if "KeyError" in ctx.tol and self.chance(0.5):
                    return [f"{name}[{key.c}] += {v.c}"]
                dflt = {INT: "0", STR: "''", FLOAT: "0.0"}[vt]
                if vt == STR:
                    return [f"{name}[{key.c}] = {name}.get({key.c}, {dflt})[-20:] + {v.at(P_ADD + 1)}"]
                if vt == INT:
                    return [f"{name}[{key.c}] = ({name}.get({key.c}, {dflt}) + {v.at(P_ADD + 1)}) % 100003"]
                return [f"{name}[{key.c}] = {name}.get({key.c}, {dflt}) + {v.at(P_ADD + 1)}"]
            if m == "pop":
                dflt = self.gen(vt, ctx, 0, sub_ok=True)
                if "KeyError" in ctx.tol and self.chance(0.5):
                    return [f"{name}.pop({key.c})"]
                if printable(vt):
                    return [f"print({repr('pop')}, {name}.pop({key.c}, {dflt.c}))"]
                return [f"{name}.pop({key.c}, {dflt.c})"]
            if m == "del":
                if "KeyError" in ctx.tol:
                    return [f"del {name}[{key.c}]"]
                return [f"if {key.at(P_CMP + 1)} in {name}:", f"    del {name}[{key.c}]"]
            if m == "setdefault" and grow_ok:
                v = self.gen(vt, ctx, 1, sub_ok=True)
                if vt == INT:
                    v = self.wrap_int(v)
                if printable(vt):
                    return [f"print({name}.setdefault({key.c}, {v.c}))"]
                return [f"{name}.setdefault({key.c}, {v.c})"]
            if m == "update" and grow_ok:
                o = self.gen(t, ctx, 1)
                return [f"{name}.update({o.c})"]
            if m == "popitem":
                if "KeyError" in ctx.tol:
                    return [f"print({name}.popitem())"] if printable(t) else [f"{name}.popitem()"]
                if printable(t):
                    return [f"if {name}:", f"    print({name}.popitem())"]
            return None
        # set
        et = t[1]
        m = self.pick(["add", "add", "discard", "remove", "update", "pop", "ops"])
        e = self.gen(et, ctx, 1)
        if et == INT:
            e = self.wrap_int(e)
        if m == "add" and grow_ok:
            return [f"{name}.add({e.c})"]
        if m == "discard":
            return [f"{name}.discard({e.c})"]
        if m == "remove":
            if "KeyError" in ctx.tol:
                return [f"{name}.remove({e.c})"]
            return [f"if {e.at(P_CMP + 1)} in {name}:", f"    {name}.remove({e.c})"]
        if m == "update" and grow_ok:
            o = self.gen(L(et), ctx, 1)
            o = self.wrap_len(o, L(et), 4)
            return [f"{name}.update({o.c})"]
        if m == "pop" and not contains_str_hash(et):
            if "KeyError" in ctx.tol and self.chance(0.4):
                return [f"print({repr('popped')}, {name}.pop())"]
            return [f"if {name}:", f"    print({repr('popped')}, {name}.pop())"]
        if m == "ops":
            o = self.gen(t, ctx, 1)
            return [f"{name} {self.pick(['|=', '&=', '-=', '^='])} {o.c}"] if "." not in name else None
        return None

    def builtin_kinds(self):
        return list(EXC_BUILTIN) + (["AttributeError"] if self.unset_mode else [])

    def exc_kinds_available(self):
        return self.builtin_kinds() + [c.name for c in self.exc_classes]

    def s_with(self, ctx):
        """A `with` over the program's context-manager class `Mgr`, which
        prints on entry and exit (with the exception's class) and suppresses
        exceptions when built with `True`; only a suppressing one lets the
        body raise what the enclosing code does not tolerate."""
        self.uses_with = True
        swallow = self.chance(0.5)
        tag = ctx.fresh("w")
        tol = frozenset(self.exc_kinds_available()) if swallow else ctx.tol
        body_ctx = ctx.child(tol=tol, depth=ctx.depth + 1, try_depth=ctx.try_depth + 1)
        body = self.block(body_ctx, self.r.randint(1, 3))
        if swallow:
            risky = self.risky_stmt(ctx.child(tol=tol), list(self.exc_kinds_available())[:2])
            if risky:
                body += risky
        cm = ctx.fresh("cm")
        head = f"with Mgr({tag!r}, {swallow})" + (f" as {cm}:" if self.chance(0.5) else ":")
        if self.chance(0.2):
            head = f"with Mgr({tag!r}, {swallow}), Mgr({tag + 'b'!r}, False):"
        return [head] + self.indent(body) + [f"print('after', {tag!r})"]

    def s_try(self, ctx):
        kinds = self.exc_kinds_available()
        k = self.r.randint(1, 2)
        chosen = []
        for _ in range(k):
            x = self.pick(kinds)
            if x not in chosen:
                chosen.append(x)
        # handler clauses covering the chosen kinds
        clauses = []
        covered = set()
        for x in chosen:
            if x in covered:
                continue
            opts = [x]
            if x in EXC_PARENTS:
                opts += EXC_PARENTS[x]
            else:
                ci = self.classes[x]
                b = ci.base
                while b is not None:
                    opts.append(b.name)
                    b = b.base
                if getattr(ci, "builtin_root", None):
                    opts.append(ci.builtin_root)
            opts.append("Exception")
            name = self.pick(opts) if self.chance(0.5) else x
            clauses.append([name])
            covered |= self.exc_covers(name)
        if len(clauses) >= 2 and self.chance(0.3):
            clauses = [[n for c in clauses for n in c]]
        bare = self.chance(0.05)
        finally_ = self.chance(0.3)
        else_ = self.chance(0.25)
        tol = ctx.tol | frozenset(covered)
        if bare:
            tol = frozenset(self.exc_kinds_available())
        body_ctx = ctx.child(tol=tol, depth=ctx.depth + 1, try_depth=ctx.try_depth + 1)
        # make the try likely to raise something: a risky statement somewhere in the body
        risky = self.risky_stmt(ctx.child(tol=tol), chosen)
        body = self.block(body_ctx, self.r.randint(1, 4))
        if risky:
            # (Never between a decorator and its `def`.)
            starts = [i for i, l in enumerate(body) if not l.startswith((" ", "elif", "else", "except", "finally"))
                      and not (i > 0 and body[i - 1].startswith("@"))]
            pos = self.pick(starts + [len(body)])
            body[pos:pos] = risky
        out = ["try:"] + self.indent(body)
        for names in clauses:
            ev = ctx.fresh("e")
            hctx = ctx.child(depth=ctx.depth + 1, in_handler=ev)
            if len(names) == 1:
                out.append(f"except {names[0]} as {ev}:")
                et_name = names[0]
            else:
                out.append(f"except ({', '.join(names)}) as {ev}:")
                et_name = None
            hb = [self.handler_print(ev, et_name)]
            if self.chance(0.4):
                hb += self.block(hctx, self.r.randint(1, 2))
            caught = set()
            for nm in names:
                caught |= self.exc_covers(nm)
            if caught and caught <= ctx.tol and self.chance(0.25):
                hb.append("raise")
            out += self.indent(hb)
        if bare:
            out.append("except:")
            out += self.indent([f"print({repr('bare except')})"])
        if else_:
            out.append("else:")
            out += self.indent([f"print({repr('no exception')})"] + (self.block(ctx.child(depth=ctx.depth + 1), 1) if self.chance(0.5) else []))
        if finally_:
            out.append("finally:")
            fb = [f"print({repr('finally')})"]
            if self.chance(0.3):
                fb += self.block(ctx.child(depth=ctx.depth + 1), 1)
            out += self.indent(fb)
        return out

    def handler_print(self, ev, et_name):
        forms = [f"print({repr('caught')}, type({ev}).__name__, {ev})",
                 f"print({repr('caught')}, repr({ev}))",
                 f"print(f\"caught {{{ev}!r}} {{type({ev}).__name__}}\")",
                 f"print({repr('caught')}, str({ev}), {ev}.args)"]
        if et_name in self.classes:
            ci = self.classes[et_name]
            fl = [f for f in ci.all_fields() if printable(f[1])]
            if fl:
                fn = self.pick(fl)[0]
                forms.append(f"print({repr('caught')}, {ev}, {ev}.{fn})")
        return self.pick(forms)

    def risky_stmt(self, ctx, kinds):
        """A statement that may raise one of kinds (all tolerated by ctx)."""
        x = self.pick(kinds)
        r = self.stdlib_risky(ctx, x)  # a library form now and then (gen_stdlib.py)
        if r:
            return r
        if x == "AttributeError":
            return self.unset_read_lines(ctx)
        if x in self.classes:
            return self.raise_lines(ctx, x, cond=self.chance(0.6))
        if x == "ZeroDivisionError":
            t = self.pick([INT, FLOAT])
            a = self.gen(t, ctx, 1)
            b = self.gen(t, ctx, 1)
            op = self.pick(["//", "%", "/"])
            if t == INT and op == "/" and (a.b > 2 ** 50):
                op = "//"
            return [f"print({repr('div')}, {a.at(P_MUL)} {op} {b.at(P_MUL + 1)})"]
        if x == "IndexError":
            form = self.r.randint(0, 4)
            if form == 3:
                t = self.pick([L(INT), L(STR)])
                return [f"print({repr('pop')}, {self.gen(t, ctx, 1).at(P_PRIMARY)}[:{self.r.randint(0, 2)}].pop({self.pick(['', '0', '-1', '3'])}))"]
            # (a constant tuple index out of range is a compile-time error in multigen)
            t = self.pick([L(INT), L(STR), STR])
            v = self.gen(t, ctx, 1)
            return [f"print({repr('index')}, {v.at(P_PRIMARY)}[{self.r.randint(-6, 6)}])"]
        if x == "KeyError":
            dv = [v for v in ctx.vars() if kind(v.t) == "dict" and printable(v.t[2])]
            if dv:
                v = self.pick(dv)
                return [f"print({repr('key')}, {v.name}[{self.gen(v.t[1], ctx, 1).c}])"]
            form = self.r.randint(0, 3)
            if form == 0:
                return [f"print({repr('key')}, {self.dict_lit(T(INT, INT), INT, ctx, 1).c}[{self.gen(T(INT, INT), ctx, 0).c}])"]
            if form == 1:
                return [f"print({repr('remove')}, {self.set_lit(INT, ctx, 1).c}.remove({self.gen(INT, ctx, 0).c}))"]
            if form == 2:
                return [f"print({repr('pop')}, set({self.gen(L(INT), ctx, 1).at(P_PRIMARY)}[:{self.r.randint(0, 1)}]).pop())"]
            return [f"print({repr('key')}, {self.dict_lit(STR, INT, ctx, 1).c}[{self.gen(STR, ctx, 0).c}])"]
        if x == "ValueError":
            form = self.r.randint(0, 9)
            if form == 4:
                lv = self.gen(L(INT), ctx, 1)
                return [f"print({repr('max')}, {self.pick(['max', 'min'])}({lv.at(P_PRIMARY)}[:{self.r.randint(0, 1)}]))"]
            if form == 5:
                lv = self.gen(L(STR), ctx, 1)
                return [f"print({repr('lindex')}, {lv.at(P_PRIMARY)}.index({self.gen(STR, ctx, 0).c}))"]
            if form == 6:
                return [f"print({repr('chr')}, repr(chr({self.gen(INT, ctx, 1).c})))"]
            if form == 7:
                self.uses_math = True
                return [f"print({repr('log')}, math.log({self.gen(FLOAT, ctx, 1).c}))"]
            if form == 8:
                v = ctx.fresh("xs")
                return [f"{v} = list(range({self.r.randint(0, 6)}))", f"{v}[::2] = {self.gen(L(INT), ctx, 1).c}", f"print({v})"]
            if form == 9:
                return [f"print({repr('range')}, list(range(0, {self.r.randint(-3, 3)}, {self.gen(INT, ctx, 0).c})))"]
            if form == 0:
                return [f"print({repr('int')}, int({self.gen(STR, ctx, 1).c}))"]
            if form == 1:
                return [f"print({repr('float')}, float({self.gen(STR, ctx, 1).c}))"]
            if form == 2:
                self.uses_math = True
                return [f"print({repr('sqrt')}, math.sqrt({self.gen(FLOAT, ctx, 1).c}))"]
            return [f"print({repr('index')}, {self.gen(STR, ctx, 1).at(P_PRIMARY)}.index({self.gen_small_str()!r}))"]
        if x == "AssertionError":
            c = self.g_bool(BOOL, ctx, 1)
            if self.chance(0.5):
                return [f"assert {c.c}, {self.gen(STR, ctx, 1).c}"]
            return [f"assert {c.c}"]
        return None

    def raise_lines(self, ctx, name, cond):
        ci = self.classes.get(name)
        if ci is None:
            e = self.gen(STR, ctx, 1)
            line = f"raise {name}({e.c})"
        else:
            line = f"raise {self.exc_ctor(ci, ctx)}"
        if ctx.in_handler and self.chance(0.3):
            line += self.pick([f" from {ctx.in_handler}", " from None"])
        if cond:
            c = self.g_bool(BOOL, ctx, 1)
            return [f"if {c.c}:", "    " + line]
        return [line]

    def exc_ctor(self, ci, ctx):
        params = ci.init_params
        if not params and not ci.custom_init:
            if self.chance(0.2):
                return ci.name + "()"
            return f"{ci.name}({self.gen(STR, ctx, 1).c})"
        args = []
        for pn, pt, _ in params:
            e = self.gen(pt, ctx, 1)
            if pt == INT:
                e = self.wrap_int(e)
            args.append(e.at(P_LAMBDA))
        return f"{ci.name}({', '.join(args)})"

    def s_raise(self, ctx):
        cands = [k for k in ctx.tol]
        if not cands:
            return None
        x = self.pick(sorted(cands))
        if x in ("AssertionError", "AttributeError"):
            return self.risky_stmt(ctx, [x])
        return self.raise_lines(ctx, x, cond=True)

    def s_call_stmt(self, ctx):
        fs = [f for f in self.funcs if self.call_ok(f, ctx)]
        ms = []
        for n, ci in self.obj_exprs(ctx):
            for mn, m in ci.all_methods().items():
                if m.kind == "method" and self.call_ok(m, ctx):
                    ms.append((n, m))
        if not fs and not ms:
            return None
        if ms and (not fs or self.chance(0.5)):
            n, m = self.pick(ms)
            call = f"{n}.{m.name}({self.call_args(m, ctx, 2)})"
            if m.ret is not None and printable(m.ret):
                return [f"print({call})"]
            return [call]
        f = self.pick(fs)
        call = f"{f.name}({self.call_args(f, ctx, 2)})"
        if f.ret is not None and printable(f.ret):
            return [f"print({repr(f.name)}, {call})"]
        return [call]

    def s_unpack(self, ctx):
        form = self.r.randint(0, 2)
        if form == 0:
            vs = [v for v in ctx.vars() if not v.ro and v.t not in ctx.frozen]
            if len(vs) < 2:
                return None
            a = self.pick(vs)
            same = [v for v in vs if v.t == a.t and v is not a]
            if not same:
                return None
            b = self.pick(same)
            if self.chance(0.3):
                # A list pattern unpacks like a tuple pattern.
                return [f"[{a.name}, {b.name}] = {b.name}, {a.name}"]
            return [f"{a.name}, {b.name} = {b.name}, {a.name}"]
        if form == 1:
            t = self.pick([T(INT, STR), T(INT, INT), T(STR, FLOAT, BOOL)])
            e = self.gen(t, ctx, 2)
            names = [ctx.fresh(prefix_of(x)) for x in t[1:]]
            for n, x in zip(names, t[1:]):
                ctx.declare(n, x)
            lhs = ', '.join(names)
            out = [f"[{lhs}] = {e.c}" if self.chance(0.3) else f"{lhs} = {e.c}"]
            pr = [n for n, x in zip(names, t[1:]) if printable(x)]
            out.append(f"print({', '.join(pr)})")
            return out
        lv = [v for v in ctx.vars() if kind(v.t) == "list" and not v.ro and v.t not in ctx.frozen]
        if not lv:
            return None
        v = self.pick(lv)
        i, j = self.r.randint(0, 2), self.r.randint(0, 2)
        return [f"if len({v.name}) > {max(i, j)}:", f"    {v.name}[{i}], {v.name}[{j}] = {v.name}[{j}], {v.name}[{i}]"]

    def s_star(self, ctx):
        """Starred assignment targets, starred displays and print(*xs)."""
        lv = [v for v in ctx.vars() if kind(v.t) == "list" and printable(v.t)]
        if not lv:
            return None
        v = self.pick(lv)
        et = v.t[1]
        form = self.r.randint(0, 3)
        if form == 0:
            # The pattern may need more elements than the list has: the
            # ValueError message is printed.
            before, after = self.r.randint(0, 2), self.r.randint(0, 1)
            names = [ctx.fresh("u") for _ in range(before + after + 1)]
            pat = names[:before] + ["*" + names[before]] + names[before + 1:]
            lhs = ", ".join(pat)
            if before + after == 0:
                lhs += ","
            if self.chance(0.3):
                lhs = f"[{lhs}]"
            return ["try:", f"    {lhs} = {v.name}", f"    print({', '.join(names)})",
                    "except ValueError as e:", "    print(e)"]
        if form == 1:
            same = [w for w in lv if w.t == v.t]
            w = self.pick(same)
            e = self.gen(et, ctx, 1)
            parts = [f"*{v.name}", f"*{w.name}", e.at(P_LAMBDA)]
            self.r.shuffle(parts)
            if self.chance(0.3):
                return [f"print(({', '.join(parts)},))"]
            return [f"print([{', '.join(parts)}])"]
        if form == 2:
            extra = self.pick(["", ", sep=', '", ", sep=''", ", end=';\\n'"])
            e = self.gen(et, ctx, 1)
            args = self.pick([[f"*{v.name}"], [e.at(P_LAMBDA), f"*{v.name}"], [f"*{v.name}", f"*{v.name}"]])
            return [f"print({', '.join(args)}{extra})"]
        h = ctx.fresh("u")
        return [f"if len({v.name}) > 1:",
                f"    for {h}, *{h}t in [{v.name}, {v.name}[1:]]:",
                f"        print({h}, {h}t)"]

    def s_varargs(self, ctx):
        """A function with `*args: int` (and maybe a default, a keyword-only
        parameter and `**kwargs: int`) called with varying arities, with
        `f(*t)`, `f(*xs)` and `f(**d)`; calls that may not bind at run time
        print CPython's TypeError."""
        # multigen refuses a `def` inside a block of the module body.
        if ctx.in_comp or (ctx.module_level and ctx.depth > 0):
            return None
        fn = ctx.fresh("va")
        req = self.r.randint(0, 2)
        names = [f"p{i}" for i in range(req)]
        params = [f"{n}: int" for n in names]
        if self.chance(0.4):
            params.append("q: int = 7")
            names.append("q")
        params.append("*rest: int")
        names.append("rest")
        if self.chance(0.3):
            params.append("k: int = 1")
            names.append("k")
        if self.chance(0.3):
            params.append("**kw: int")
            names.append("kw")
        body = " ".join("{" + n + "}" for n in names)
        lines = [f"def {fn}({', '.join(params)}) -> str:", f"    return f\"{body}\""]
        ints = lambda: self.gen(INT, ctx, 1).at(P_LAMBDA)
        for _ in range(self.r.randint(1, 3)):
            n = req + self.r.randint(0, 3)
            args = [ints() for _ in range(n)]
            if "k" in names and self.chance(0.3):
                args.append(f"k={ints()}")
            if "kw" in names and self.chance(0.3):
                args.append(f"z={ints()}")
            lines.append(f"print({fn}({', '.join(args)}))")
        lv = [v for v in ctx.vars() if v.t == ("list", INT)]
        spreads = [f"*({', '.join(ints() for _ in range(req + 1))},)"]
        if lv:
            v = self.pick(lv).name
            spreads += [f"*{v}", f"{ints()}, *{v}", f"*{v}, **{{'q': 3}}"]
        spreads += ["**{'p0': 1, 'p1': 2}", "*[5], **{'z': 4}", "*[1, 2], **{'p1': 3}"]
        call = f"{fn}({self.pick(spreads)})"
        lines += ["try:", f"    print({call})", "except TypeError as e:", "    print(e)"]
        return lines

    def s_field_assign(self, ctx):
        if ctx.pure:
            return None
        self.mark_mut()
        cands = []
        for n, ci in self.obj_exprs(ctx):
            if ci.is_dc and ci.frozen:
                continue
            for fn, ft, _ in ci.all_fields():
                if ft in ctx.frozen:
                    continue
                cands.append((n, fn, ft, ci))
        if not cands:
            return None
        n, fn, ft, ci = self.pick(cands)
        rd_ok = not ci.fragile(fn) or "AttributeError" in ctx.tol
        if ft == INT and self.chance(0.5) and rd_ok:
            e = self.gen(INT, ctx, 1)
            return [f"{n}.{fn} = ({n}.{fn} + {e.at(P_ADD + 1)}) % {self.pick([97, 1000, 10007])}"]
        e = self.gen(ft, ctx, 2, sub_ok=True)
        if contains_cls(ft) and (
            re.search(rf"\b{re.escape(n.split('.')[0])}\b", e.c) or OBJ_NAME.search(e.c)
        ):
            # `obj.items = obj` makes a cycle, and a user __repr__ printing the
            # field then recurses: CPython counts its C-level str() calls toward
            # the recursion limit (a documented difference). Any other object
            # variable may be an alias of this one (`obj2 = obj0`).
            return None
        if ft == INT:
            e = self.wrap_int(e)
        if ft == STR or kind(ft) == "list":
            e = self.wrap_len(e, ft, SB if ft == STR else LB)
        return [f"{n}.{fn} = {e.c}"]

    # ---- attributes that may be unset (unset mode)

    def unset_cands(self, ctx, dels=False, only=None):
        """(object, class, field, type) for the fields whose read may raise AttributeError; with dels,
        also the fields with a class-level value (reads see the class value, `del` may fail)."""
        out = []
        for n, ci in self.obj_exprs(ctx):
            if ci.is_dc or ci.is_exc or (only is not None and n != only):
                continue
            for fn, ft, _ in ci.all_fields():
                if ci.fragile(fn) or (dels and self.unset_del and ci.cval(fn) is not None):
                    out.append((n, ci, fn, ft))
        return out

    def field_value(self, ctx, n, ft):
        """A value to assign to field of type ft of object n (None when it would make a cycle)."""
        e = self.gen(ft, ctx, 1, sub_ok=True)
        if contains_cls(ft) and (re.search(rf"\b{re.escape(n)}\b", e.c) or OBJ_NAME.search(e.c)):
            return None  # a cycle: a user __repr__ would recurse (see s_field_assign)
        if ft == INT:
            e = self.wrap_int(e)
        if ft == STR or kind(ft) == "list":
            e = self.wrap_len(e, ft, SB if ft == STR else LB)
        return e.c

    def unset_read_lines(self, ctx, only=None):
        """Statements reading, updating or deleting an attribute that may be unset: they may raise
        AttributeError (which ctx must tolerate). None when no object in scope has such a field."""
        cands = self.unset_cands(ctx, dels=not ctx.pure, only=only)
        if not cands:
            return None
        n, ci, fn, ft = self.pick(cands)
        a = f"{n}.{fn}"
        forms = [(3, "print"), (2, "fstr"), (1, "len"), (1, "local"), (1, "has"), (1, "get")]
        if not ctx.pure:
            forms += [(2, "aug")] + ([(2, "del")] if self.unset_del else [])
        if ci.cval(fn) is not None and not ci.fragile(fn):
            forms = [(1, "del")] if not ctx.pure and self.unset_del else []  # reading it is safe: only `del` may fail
        if not forms:
            return None
        form = self.wpick(forms)
        if form == "fstr" and ft in (INT, FLOAT, STR, BOOL):
            spec = self.fmt_spec(ft) if ft != BOOL and self.chance(0.5) else ""
            if ft == STR and "=" in spec:
                spec = ""
            return [f"print(f\"{fn}={{{a}{':' + spec if spec else ''}}}\")"]
        if form == "len" and kind(ft) in (STR, "list", "dict", "set", "tuple"):
            return [f"print({fn + ' len'!r}, len({a}))"]
        if form == "local":
            v = ctx.fresh("u")
            return [f"{v} = {a}", f"print({fn!r}, {v})" if printable(ft) else f"print({fn!r}, {v} is None)"]
        if form == "aug" and (ft in (INT, FLOAT, STR) or (kind(ft) == "list" and ctx.iters <= 4)):
            self.mark_mut()
            if ft == INT:
                return [f"{a} += {self.r.randint(1, 9)}"]
            if ft == FLOAT:
                return [f"{a} += {self.pick(['0.5', '1.25', '-2.0'])}"]
            if ft == STR:
                return [f"{a} += {self.pick(SMALL_STRS)!r}"]
            e = self.gen(ft[1], ctx, 0)
            return [f"{a} += [{e.c}]"]
        if form == "has":
            return [f"print({'has ' + fn!r}, hasattr({n}, {fn!r}))"]
        if form == "get":
            d = self.field_value(ctx, n, ft)
            if d is not None:
                g = f"getattr({n}, {fn!r}, {d})"
                return [f"print({g})" if printable(ft) else f"print({g} is None)"]
        if form == "del":
            self.mark_mut()
            out = [f"del {a}"]
            if self.chance(0.5):
                out.append(f"print({'deleted ' + fn!r}, {a})" if printable(ft) else f"print({a} is None)")
            return out
        return [f"print({a})" if self.chance(0.5) or not printable(ft) else f"print({fn!r}, {a})"]

    def s_unset_probe(self, ctx):
        """try: <read/update/delete an attribute that may be unset> except AttributeError: print it."""
        cands = self.unset_cands(ctx, dels=not ctx.pure)
        if not cands:
            return None
        tol = ctx.tol | frozenset(["AttributeError"])
        bctx = ctx.child(tol=tol, depth=ctx.depth + 1, try_depth=ctx.try_depth + 1)
        body = []
        for _ in range(self.r.randint(1, 2)):
            ms = [(n, m) for n, ci in self.obj_exprs(bctx) for m in ci.all_methods().values()
                  if m.kind == "method" and "AttributeError" in m.raises and self.call_ok(m, bctx)]
            if ms and self.chance(0.3):
                n, m = self.pick(ms)
                call = f"{n}.{m.name}({self.call_args(m, bctx, 1)})"
                body.append(f"print({call})" if m.ret is not None and printable(m.ret) else call)
                continue
            body += self.unset_read_lines(bctx) or []
        if not body:
            return None
        ev = ctx.fresh("e")
        exc = "AttributeError" if self.chance(0.85) else "Exception"
        out = ["try:"] + self.indent(body) + [f"except {exc} as {ev}:"]
        out += self.indent([self.pick([f"print({ev})", f"print(type({ev}).__name__)", f"print(type({ev}).__name__, {ev})",
                                       f"print('missing:', {ev})", f"print(f\"unset: {{{ev}}}\")", f"print({ev}.args)",
                                       f"print(repr({ev}))"])])
        if self.chance(0.2):
            out += ["else:", f"    print('present')"]
        if not ctx.pure and self.chance(0.4):
            # assign it again (it may have been deleted)
            n, ci, fn, ft = self.pick(cands)
            if not (ci.is_dc and ci.frozen):
                v = self.field_value(ctx, n, ft)
                if v is not None:
                    self.mark_mut()
                    out.append(f"{n}.{fn} = {v}")
        return out
