#!/usr/bin/env python3
"""Random generator of well-typed Python programs inside multigen's subset.

Usage: gen.py --seed S [-o FILE]      (prints the program to stdout by default)

Every program is deterministic under CPython 3.11 (PYTHONHASHSEED=0) and is
built to avoid multigen's deliberate differences from CPython (README.md,
"Deliberate differences"):

- int values stay far inside 64 bits: every int expression carries a static
  bound on its magnitude; variables, fields, parameters and return values
  hold at most VB (nominally), products and powers whose bound would exceed
  LIM get an operand reduced with `% M`;
- an int is never stored where a float is declared (float literals have a
  fraction or exponent, conversions are explicit);
- min/max get arguments of one type; int/float comparisons stay below 2**53;
- sets whose iteration order depends on string hashing (sets of str, of
  tuples holding str, of objects) are never printed, iterated or popped:
  only len, membership, set algebra, min/max and sorted(...) see them;
- objects always print through a __repr__ (user-defined or dataclass);
- e.args is printed but never indexed; no hash(); no unions but Optional.

Risky operations (division by a value that may be zero, unchecked indexing,
int() of arbitrary text, dict lookups of possibly-missing keys, ...) are only
generated where the exception they may raise is tolerated: inside a `try`
that catches it, inside a function whose callers tolerate it, or in the last
statement of main(), which may end the program with an uncaught exception.

The generator uses only random.Random(seed); the same seed gives the same
program on every CPython version that keeps random's algorithms.
"""

import argparse
import random
import re
import sys

from gen_exprs import ExprForms
from gen_stmts import StmtForms
from gen_types import *  # noqa: F401,F403
from gen_dunders import DunderForms, dunder_prelude
from gen_enums import ENUM_IMPORTS, ENUM_PRELUDE, EnumForms
from gen_generators import GeneratorForms
from gen_typing import TypingForms
from gen_protocols import ProtocolForms
from gen_dynamic import DynamicForms
from gen_match import MatchForms
from gen_modules import maybe_split
from gen_numtower import NumtowerForms
from gen_stdlib import StdlibForms


class Gen(ExprForms, StmtForms, GeneratorForms, TypingForms, ProtocolForms, MatchForms, EnumForms, NumtowerForms, DunderForms,
          DynamicForms, StdlibForms):
    def __init__(self, seed):
        self.seed = seed
        self.r = random.Random(seed)
        self.classes = {}
        self.class_order = []
        self.exc_classes = []  # ClassInfo of custom exceptions
        self.funcs = []  # module-level functions available for calls
        self.globals = []  # Var
        self.uses_typing = set()
        self.uses_math = False
        self.uses_dc = False
        self.uses_field = False
        self.opt_style = self.r.choice(["Optional", "Optional", "pipe"])
        self.list_style = self.r.choice(["lower", "lower", "lower", "typing"])
        self.lines_budget = self.r.randint(50, 120)
        self.out = []
        self.fx = []  # effect records of the functions being generated
        self.order_counter = 0
        self.module_main = self.r.random() < 0.15  # main's statements at module level
        # how main ends: normally, or (maybe) with an uncaught exception of some shape
        self.ending = self.wpick([(75, "none"), (14, "plain"), (5, "chained"), (5, "comprehension"), (1, "recursion")])
        # attributes that may be unset: drawn apart, so that the programs without them are unchanged
        rs = random.Random(f"unset {seed}")
        self.unset_mode = rs.random() < P_UNSET_PROGRAM
        self.unset_del = rs.random() < P_UNSET_DEL  # (in unset mode) `del obj.x`, `del self.x`
        self.numtower_init(seed)  # ints where floats are declared (gen_numtower.py)
        self.stdlib_init(seed)  # heapq, bisect, sys, time (gen_stdlib.py)

    # ------------------------------------------------------------ helpers

    def chance(self, p):
        return self.r.random() < p

    def pick(self, xs):
        return self.r.choice(xs)

    def wpick(self, pairs):
        total = sum(w for w, _ in pairs)
        x = self.r.random() * total
        for w, v in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][1]

    def ann(self, t):
        k = kind(t)
        if k in SCALARS:
            return t
        if k == "cls":
            return t[1]
        if k == "opt":
            inner = self.ann(t[1])
            if self.opt_style == "pipe":
                return f"{inner} | None"
            self.uses_typing.add("Optional")
            return f"Optional[{inner}]"
        names = {"list": "list", "dict": "dict", "set": "set", "tuple": "tuple"}
        name = names[k]
        if self.list_style == "typing":
            name = name.capitalize()
            self.uses_typing.add(name)
        return f"{name}[{', '.join(self.ann(x) for x in t[1:])}]"

    def subtype(self, a, b):
        if a == b:
            return True
        if kind(a) == "cls" and kind(b) == "cls":
            return self.classes[a[1]].is_sub(self.classes[b[1]])
        return False

    def exc_covers(self, name):
        """The concrete exception kinds caught by `except name`."""
        if name == "Exception":
            return set(self.builtin_kinds()) | {c.name for c in self.exc_classes}
        if name == "AttributeError":
            return {name}
        if name == "ArithmeticError":
            return {"ZeroDivisionError"}
        if name == "LookupError":
            return {"IndexError", "KeyError"}
        if name in EXC_BUILTIN:
            out = {name}
            for c in self.exc_classes:
                if c.builtin_root == name:
                    out.add(c.name)
            return out
        ci = self.classes[name]
        return {c.name for c in ci.descendants()}

    def wrap_int(self, e, bound=VB):
        if e.b <= bound:
            return e
        m = self.pick([m for m in MODS if abs(m) <= bound])
        return E(f"{e.at(P_MUL)} % {m}", P_MUL, abs(m))

    def wrap_len(self, e, t, bound):
        if e.n <= bound:
            return e
        k = self.r.randint(1, max(1, bound // 2))
        if kind(t) in ("list", "str"):
            return E(f"{e.at(P_PRIMARY)}[:{k}]", P_PRIMARY, 0, k)
        return e

    # ------------------------------------------------------------ type choice

    def rand_type(self, depth=0, allow_cls=True, allow_opt=True):
        # more floats where ints may stand for them (gen_numtower.py)
        choices = [(6, INT), (8 if self.nt_on else 3, FLOAT), (3, BOOL), (5, STR)]
        if depth < 2:
            choices += [(3, "list"), (2, "dict"), (1, "set"), (1, "tuple")]
            if allow_opt:
                choices.append((1, "opt"))
        if allow_cls and self.class_order:
            choices.append((3, "cls"))
        k = self.wpick(choices)
        if k in SCALARS:
            return k
        if k == "list":
            if depth == 0 and self.chance(0.08) and OPT_LISTS:
                return L(O(self.pick([INT, STR, FLOAT])))
            return L(self.rand_type(depth + 1, allow_cls, False))
        if k == "dict":
            return D(self.pick([INT, STR, STR, T(INT, INT)]), self.rand_type(depth + 1, allow_cls, False))
        if k == "set":
            return S(self.pick([INT, INT, STR, T(INT, INT), FLOAT]))
        if k == "tuple":
            n = self.r.randint(2, 3)
            return T(*[self.rand_type(2, allow_cls, False) for _ in range(n)])
        if k == "opt":
            return O(self.pick([INT, STR, FLOAT] + ([C(self.pick(self.class_order))] if allow_cls and self.class_order else [])))
        return C(self.pick(self.class_order))

    # ------------------------------------------------------------ expressions

    def gen(self, t, ctx, d=2, sub_ok=False):
        """An expression of static type t (or a subclass when sub_ok)."""
        if sub_ok:
            e = self.nt_slot(t, ctx, d)
            if e is not None:
                return e
        k = kind(t)
        fn = getattr(self, "g_" + k)
        e = fn(t, ctx, d, sub_ok) if k in ("cls", "opt") else fn(t, ctx, d)
        if self.chance(0.03) and e.p < P_ATOM:
            e = E("(" + e.c + ")", P_ATOM, e.b, e.n)
        return e

    def var_expr(self, t, ctx, sub_ok=False):
        vs = ctx.vars_of(t, sub_ok=sub_ok)
        if not vs:
            return None
        v = self.pick(vs)
        b = v.b if v.b is not None else (VB if t == INT else FB if t == FLOAT else 0)
        n = SB if t == STR else LB
        return E(v.name, P_ATOM, b, n)

    def callable_funcs(self, ret, ctx, sub_ok=False):
        out = []
        for f in self.funcs:
            if f.ret is None or not (f.ret == ret or (sub_ok and self.subtype(f.ret, ret))):
                continue
            if self.call_ok(f, ctx):
                out.append(f)
        return out

    def call_args(self, f, ctx, d, skip_self=False):
        args = []
        kw = False
        for i, (pn, pt, pd) in enumerate(f.params):
            if pd is not None and self.chance(0.4) and i >= f.posonly:
                kw = True  # later arguments must be keywords
                continue
            if f.kwonly is not None and i >= f.kwonly:
                kw = True
            if f.kind == "rec" and pn == f.rec_param:
                e = E(str(self.r.randint(0, 6)))
                if self.chance(0.3):
                    iv = self.var_expr(INT, ctx)
                    if iv is not None:
                        e = E(f"{iv.at(P_MUL)} % {self.r.randint(2, 7)}", P_MUL, 7)
            else:
                e = self.gen(pt, ctx, d - 1, sub_ok=True)
                if pt == INT:
                    e = self.wrap_int(e)
                if kind(pt) in ("str", "list"):
                    e = self.wrap_len(e, pt, SB if pt == STR else LB)
            if not kw and self.chance(0.12) and i >= f.posonly:
                kw = True
            args.append(f"{pn}={e.at(P_IF)}" if kw else e.at(P_IF))
        self.note_call(f, ctx)
        return ", ".join(args)

    def note_call(self, f, ctx):
        """Record the cost and effects of a call in the function being generated."""
        if self.fx:
            self.fx[-1]["cost"] += ctx.iters * max(f.cost, 1)
            if f.mutates:
                self.fx[-1]["mut"] = True

    def call_ok(self, f, ctx):
        if not f.raises <= ctx.tol:
            return False
        if (ctx.pure or ctx.frozen) and f.mutates:
            return False
        if f.order >= ctx.order:
            return False
        if ctx.iters * f.cost > 400:
            return False
        return True

    def call_expr(self, f, ctx, d):
        e = E(f"{f.name}({self.call_args(f, ctx, d)})", P_PRIMARY)
        self.set_bounds(e, f.ret)
        return e

    def set_bounds(self, e, t):
        if t == INT:
            e.b = VB
        elif t == FLOAT:
            e.b = FB
        elif t == STR:
            e.n = SB
        else:
            e.n = LB

    def obj_exprs(self, ctx):
        """Expressions (var names) holding objects, with their class."""
        out = []
        for v in ctx.vars():
            if kind(v.t) == "cls":
                out.append((v.name, self.classes[v.t[1]]))
        return out

    def field_expr(self, t, ctx, d, sub_ok=False):
        cands = []
        for cn in self.class_order:
            c = self.classes[cn]
            while c is not None:
                for kn, kt in c.consts:
                    if kt == t:
                        cands.append((f"{cn}.{kn}", None))
                c = c.base
        for name, ci in self.obj_exprs(ctx):
            for fn, ft, _ in ci.all_fields():
                if ci.fragile(fn) and "AttributeError" not in ctx.tol:
                    continue  # may be unset
                if ft == t or (sub_ok and self.subtype(ft, t)):
                    cands.append((f"{name}.{fn}", None))
            c = ci
            while c is not None:
                for kn, kt in c.consts:
                    if kt == t:
                        cands.append((f"{name}.{kn}", None))
                c = c.base
            for mn, m in ci.all_methods().items():
                if m.kind == "prop" and m.ret == t and self.call_ok(m, ctx):
                    cands.append((f"{name}.{mn}", m))
        if not cands:
            return None
        code, m = self.pick(cands)
        if m is not None:
            self.note_call(m, ctx)
        e = E(code, P_PRIMARY)
        self.set_bounds(e, t)
        return e

    def method_call_expr(self, t, ctx, d, sub_ok=False):
        cands = []
        for name, ci in self.obj_exprs(ctx):
            for mn, m in ci.all_methods().items():
                if m.kind not in ("method", "static") or m.ret is None:
                    continue
                if not (m.ret == t or (sub_ok and self.subtype(m.ret, t))):
                    continue
                if self.call_ok(m, ctx):
                    cands.append((name, m))
        if not cands:
            return None
        name, m = self.pick(cands)
        recv = name
        if m.kind == "static" and self.chance(0.5):
            recv = m.cls.name
        e = E(f"{recv}.{m.name}({self.call_args(m, ctx, d)})", P_PRIMARY)
        self.set_bounds(e, m.ret)
        return e

    def common(self, t, ctx, d, sub_ok=False):
        """Forms shared by all types: variable, call, field, conditional, container element."""
        forms = []
        v = self.var_expr(t, ctx, sub_ok)
        if v is not None:
            forms.append((6, lambda: v))
        fs = self.callable_funcs(t, ctx, sub_ok)
        if fs and d > 0:
            forms.append((2, lambda: self.call_expr(self.pick(fs), ctx, d)))
        if d > 0:
            fe = self.field_expr(t, ctx, d, sub_ok)
            if fe is not None:
                forms.append((2, lambda: fe))
            forms.append((1, lambda: self.method_call_expr(t, ctx, d, sub_ok)))
            forms.append((1, lambda: self.ifexp(t, ctx, d)))
            forms.append((1, lambda: self.elem_expr(t, ctx, d)))
            if any(v.t == O(t) for v in ctx.vars()) and not ctx.module_level:  # globals are never narrowed
                forms.append((2, lambda: self.opt_default(t, ctx, d)))
            if any(kind(v.t) == "list" and v.t[1] == t for v in ctx.vars()):
                forms.append((1, lambda: self.minmax_key(t, ctx, d)))
        return forms

    def opt_default(self, t, ctx, d):
        v = self.pick([v for v in ctx.vars() if v.t == O(t)])
        dflt = self.gen(t, ctx, d - 1)
        form = self.r.randint(0, 2)
        b, n = max(dflt.b, VB if t == INT else FB), max(dflt.n, SB)
        if form == 0:
            return E(f"{v.name} if {v.name} is not None else {dflt.at(P_IF)}", P_IF, b, n)
        if form == 1:
            return E(f"{dflt.at(P_OR)} if {v.name} is None else {v.name}", P_IF, b, n)
        return E(f"{v.name} or {dflt.at(P_OR + 1)}", P_OR, b, n)

    def minmax_key(self, t, ctx, d):
        v = self.pick([v for v in ctx.vars() if kind(v.t) == "list" and v.t[1] == t])
        key = self.key_lambda(t, ctx)
        if key is None:
            return None
        fn = self.pick(["min", "max"])
        dflt = self.gen(t, ctx, 0)
        b = max(dflt.b, FB if t == FLOAT else VB)
        if self.chance(0.5):
            return E(f"{fn}({v.name}, key={key}, default={dflt.at(P_LAMBDA)})", P_PRIMARY, b, SB)
        return E(f"{fn}({v.name}, key={key}) if {v.name} else {dflt.at(P_IF)}", P_IF, b, SB)

    def ifexp(self, t, ctx, d):
        a = self.gen(t, ctx, d - 1)
        c = self.g_bool(BOOL, ctx, d - 1)
        b = self.gen(t, ctx, d - 1)
        return E(f"{a.at(P_OR)} if {c.at(P_OR)} else {b.at(P_IF)}", P_IF, max(a.b, b.b), max(a.n, b.n))

    def elem_expr(self, t, ctx, d):
        """An element of a container variable: xs[i], d[k]/d.get(k, dflt), t[0]."""
        cands = []
        for v in ctx.vars():
            vk = kind(v.t)
            if vk == "list" and v.t[1] == t:
                cands.append(("list", v))
            elif vk == "dict" and v.t[2] == t:
                cands.append(("dict", v))
            elif vk == "tuple" and t in v.t[1:]:
                cands.append(("tuple", v))
        if not cands:
            return None
        how, v = self.pick(cands)
        if how == "list":
            idx = self.index_expr(v.name, ctx, "IndexError")
            if idx is None:
                dflt = self.gen(t, ctx, 0)
                i = self.gen(INT, ctx, 0)
                e = E(f"{v.name}[{i.at(P_MUL)} % len({v.name})] if {v.name} else {dflt.at(P_IF)}", P_IF)
            else:
                e = E(f"{v.name}[{idx}]", P_PRIMARY)
        elif how == "dict":
            key = self.gen(v.t[1], ctx, 0)
            if "KeyError" in ctx.tol and self.chance(0.6):
                e = E(f"{v.name}[{key.at(P_LAMBDA)}]", P_PRIMARY)
            else:
                dflt = self.gen(t, ctx, 0)
                e = E(f"{v.name}.get({key.at(P_LAMBDA)}, {dflt.at(P_LAMBDA)})", P_PRIMARY)
        else:
            idxs = [i for i, x in enumerate(v.t[1:]) if x == t]
            i = self.pick(idxs)
            if self.chance(0.3):
                i = i - (len(v.t) - 1)
            e = E(f"{v.name}[{i}]", P_PRIMARY)
        self.set_bounds(e, t)
        return e

    def index_expr(self, name, ctx, exc):
        """A risky index when exc is tolerated, else None."""
        if exc in ctx.tol and self.chance(0.7):
            return self.pick([str(self.r.randint(-4, 5)), self.gen(INT, ctx, 0).c if self.var_expr(INT, ctx) else "0",
                              f"len({name}) - 1", f"-len({name})", f"len({name})"])
        return None

    def choose(self, forms):
        forms = [(w, f) for w, f in forms if w > 0]
        for _ in range(8):
            f = self.wpick(forms)
            e = f()
            if e is not None:
                return e
        return None

    # ------------------------------------------------------------ definitions

    def gen_exc_classes(self):
        n = self.wpick([(3, 0), (4, 1), (3, 2), (1, 3)])
        names = ["AppError", "ParseError", "LimitError", "StateError", "CheckFailed"]
        self.r.shuffle(names)
        lines_all = []
        for i in range(n):
            name = names[i]
            base = None
            if self.exc_classes and self.chance(0.5):
                base = self.pick(self.exc_classes)
            ci = ClassInfo(name, base)
            ci.is_exc = True
            ci.builtin_base = None
            ci.builtin_root = None
            ci.custom_init = False
            if base is None:
                root = self.pick(["Exception", "Exception", "Exception", "ValueError"])
                ci.builtin_root = root if root != "Exception" else None
                ci.builtin_base = root if root != "Exception" else None
            else:
                ci.builtin_root = base.builtin_root
            lines = [f"class {name}({base.name if base else (ci.builtin_root or 'Exception')}):"]
            if self.chance(0.5):
                # fields
                ci.custom_init = True
                fields = []
                for _ in range(self.r.randint(1, 2)):
                    ft = self.pick([INT, STR])
                    fields.append((f"{'code' if ft == INT else 'detail'}{len(fields)}", ft, None))
                ci.init_params = fields
                ci.fields = fields
                params = ", ".join(f"{fn}: {ft}" for fn, ft, _ in fields)
                msg = "f\"" + name.lower() + " " + " ".join("{" + fn + "}" for fn, _, _ in fields) + "\""
                if base is not None and base.custom_init:
                    sargs = []
                    for bn, bt, _ in base.init_params:
                        same = [fn for fn, ft, _ in fields if ft == bt]
                        sargs.append(self.pick(same) if same else ("0" if bt == INT else repr(name)))
                    body = [f"def __init__(self, {params}) -> None:", f"    super().__init__({', '.join(sargs)})"]
                else:
                    body = [f"def __init__(self, {params}) -> None:", f"    super().__init__({msg})"]
                for fn, ft, _ in fields:
                    body.append(f"    self.{fn} = {fn}")
                lines += self.indent(body)
            else:
                lines.append("    pass")
                if base is not None:
                    ci.custom_init = base.custom_init
                    ci.init_params = base.init_params
                    ci.fields = []
            self.classes[name] = ci
            self.exc_classes.append(ci)
            if base is not None:
                base.subclasses.append(ci)
            lines_all += lines + ["", ""]
        return lines_all

    def gen_class(self, idx):
        name = ["Item", "Node", "Account", "Shape", "Point", "Record", "Task", "Unit", "Cell", "Entry"][idx % 10]
        if idx >= 10:
            name += str(idx)
        base = None
        # no subclasses of order=True dataclasses: comparing instances of different classes raises TypeError
        plain = [self.classes[c] for c in self.class_order
                 if not self.classes[c].is_exc and not (self.classes[c].is_dc and self.classes[c].order)]
        if plain and self.chance(0.7 if self.unset_mode else 0.45):
            base = self.pick(plain)
        ci = ClassInfo(name, base)
        ci.is_exc = False
        if base is not None:
            ci.is_dc = base.is_dc
            ci.frozen = base.frozen
            ci.order = base.order
        else:
            ci.is_dc = self.chance(0.2 if self.unset_mode else 0.35)
            if ci.is_dc:
                ci.frozen = self.chance(0.3)
                ci.order = self.chance(0.4)
        lines = []
        if ci.is_dc:
            self.uses_dc = True
            opts = []
            if ci.order:
                opts.append("order=True")
            if ci.frozen:
                opts.append("frozen=True")
            lines.append("@dataclass" + (f"({', '.join(opts)})" if opts else ""))
        lines.append(f"class {name}({base.name}):" if base else f"class {name}:")
        body = []
        used = {f[0] for f in ci.all_fields()}
        if not ci.is_dc and base is None and self.chance(0.3):
            for k in range(self.r.randint(1, 2)):
                kt = self.pick([INT, STR, FLOAT])
                kn = ["LIMIT", "TAG", "RATE"][k] if kt != STR else ["PREFIX", "SEP"][k % 2]
                if any(kn == x for x, _ in ci.consts):
                    continue
                kv = {INT: str(self.pick([3, 7, 10, -4, 100])), STR: repr(self.pick(SMALL_STRS + ["id-"])),
                      FLOAT: self.pick(["0.5", "2.5", "1e-3"])}[kt]
                body.append(f"{kn} = {kv}")
                ci.consts.append((kn, kt))
            body.append("")
        # fields
        # (unset mode: the class's fields get fates, some of them may stay unset)
        partial = self.unset_mode and not ci.is_dc and self.chance(P_UNSET_CLASS)
        nfields = self.r.randint(1, 3) if base is None else self.r.randint(0, 2)
        if partial:
            nfields = self.r.randint(2, 4) if base is None else self.r.randint(1, 3)
        fnames = ["count", "label", "size", "score", "name", "tags", "weight", "flag", "items", "ratio", "level", "key"]
        ftypes_pool = [INT, INT, STR, STR, FLOAT, BOOL, L(INT), L(STR), D(STR, INT), O(INT)]
        prior_cls = [c for c in self.class_order if not self.classes[c].is_exc]
        if prior_cls:
            ftypes_pool.append(C(self.pick(prior_cls)))
        if partial:
            ftypes_pool += [S(INT), T(INT, STR), O(STR), FLOAT, BOOL, INT]
            if prior_cls:
                ftypes_pool.append(O(C(self.pick(prior_cls))))
        fields = []
        for _ in range(nfields):
            fn = self.pick([f for f in fnames if f not in used])
            used.add(fn)
            ft = self.pick(ftypes_pool)
            if ci.frozen and not hashable(ft, self.classes):
                ft = INT  # (multigen refuses unhashable fields in frozen dataclasses: documented deviation)
            if ci.is_dc and ci.order and ft not in (INT, STR, FLOAT, BOOL):
                ft = self.pick([INT, STR])
            fields.append((fn, ft))
        if ci.is_dc:
            base_has_default = any(d is not None for _, _, d in ci.all_fields())
            any_default = base_has_default
            for fn, ft in fields:
                dflt = None
                if any_default or self.chance(0.3):
                    any_default = True
                    dflt = self.default_for(ft)
                    if dflt is None:
                        ft = INT
                        dflt = "0"
                if dflt is not None and dflt.startswith("field("):
                    self.uses_field = True
                if dflt is None:
                    body.append(f"{fn}: {self.ann(ft)}")
                else:
                    body.append(f"{fn}: {self.ann(ft)} = {dflt}")
                ci.fields.append((fn, ft, dflt))
        elif partial or (self.unset_mode and base is not None):
            body += self.unset_init(ci, base, fields, partial)
        else:
            init_params = []
            if base is not None:
                init_params = list(base.init_params)
            own_params = []
            assigns = []
            for fn, ft in fields:
                if kind(ft) in ("list", "dict") and self.chance(0.5):
                    assigns.append(f"self.{fn}: {self.ann(ft)} = {'[]' if kind(ft) == 'list' else '{}'}")
                elif self.chance(0.15) and ft in (INT, STR):
                    assigns.append(f"self.{fn} = {'0' if ft == INT else repr('')}")
                else:
                    pn = fn
                    own_params.append((pn, ft, None))
                    if kind(ft) == "opt":
                        assigns.append(f"self.{fn}: {self.ann(ft)} = {pn}")
                    else:
                        assigns.append(f"self.{fn} = {pn}")
                ci.fields.append((fn, ft, None))
            ci.init_params = init_params + own_params
            params = "".join(f", {pn}: {self.ann(pt)}" for pn, pt, _ in ci.init_params)
            init = [f"def __init__(self{params}) -> None:"]
            if base is not None:
                init.append(f"    super().__init__({', '.join(pn for pn, _, _ in base.init_params)})")
            init += ["    " + a for a in assigns]
            if len(init) == 1:
                init.append("    pass")
            body += init
        self.classes[name] = ci
        self.class_order.append(name)
        if base is not None:
            base.subclasses.append(ci)
        # __repr__
        if not ci.is_dc and (base is None or self.chance(0.6)):
            fl = ci.safe_fields()
            parts = []
            for fn, ft, _ in fl:
                conv = "!r" if ft == STR else ""
                parts.append(f"{fn}={{self.{fn}{conv}}}")
            body += ["", "def __repr__(self) -> str:", f"    return f\"{name}({', '.join(parts)})\""]
        if not ci.is_dc and self.chance(0.15):
            fl = [f for f in ci.safe_fields() if printable(f[1])]
            if fl:
                fn = self.pick(fl)[0]
                body += ["", "def __str__(self) -> str:", f"    return f\"<{name} {{self.{fn}}}>\""]
        # __eq__ / __lt__
        if not ci.is_dc and base is None and self.chance(0.35):
            ci.has_eq_own = True
            eqf = [f for f in ci.safe_fields() if kind(f[1]) in SCALARS]
            cond = " and ".join(f"self.{fn} == other.{fn}" for fn, _, _ in eqf) or "True"
            body += ["", "def __eq__(self, other: object) -> bool:", f"    if not isinstance(other, {name}):",
                     "        return False", f"    return {cond}"]
        if not ci.is_dc and base is None and self.chance(0.35):
            ltf = [f for f in ci.safe_fields() if f[1] in (INT, STR, FLOAT)]
            if ltf:
                ci.has_lt_own = True
                keys = [f"self.{fn}" for fn, _, _ in ltf]
                okeys = [f"other.{fn}" for fn, _, _ in ltf]
                if len(keys) == 1:
                    cmpx = f"{keys[0]} < {okeys[0]}"
                else:
                    cmpx = f"({', '.join(keys)}) < ({', '.join(okeys)})"
                body += ["", f"def __lt__(self, other: \"{name}\") -> bool:", f"    return {cmpx}"]
        # special methods and a classmethod factory
        if not ci.is_dc and base is None:
            body += self.gen_specials(ci)
        if base is None and self.chance(0.25):
            ps = ci.all_init_params()
            args = []
            for pn, pt, _ in ps:
                if pt == INT and self.chance(0.5):
                    args.append(f"{pn} % 100")
                elif pt == STR and self.chance(0.5):
                    args.append(f"{pn}.strip()")
                else:
                    args.append(pn)
            params = "".join(f", {pn}: {self.ann(pt)}" for pn, pt, _ in ps)
            ci.cm = "make"
            body += ["", "@classmethod", f"def make(cls{params}) -> \"{name}\":", f"    return cls({', '.join(args)})"]
        # methods (overrides first)
        order = 0
        if base is not None:
            for mn, m in base.all_methods().items():
                if m.kind in ("method", "prop") and self.chance(0.5):
                    mf = self.gen_method(ci, mn, m.params, m.ret, m.kind, override=m)
                    body += [""] + mf
        for _ in range(self.r.randint(1, 3)):
            mn = self.pick(["total", "describe", "bump", "scaled", "check", "merge", "weight_of", "render", "grow",
                            "summary", "apply", "measure"])
            if mn in ci.all_methods():
                continue
            k = self.wpick([(6, "method"), (1, "static"), (1, "prop")])
            params = []
            for j in range(self.r.randint(0, 2) if k != "prop" else 0):
                pt = self.pick([INT, INT, STR, FLOAT, BOOL, L(INT)])
                params.append((f"{'amt' if pt == INT else 'arg'}{j}", pt, None))
            if params and k == "method" and self.chance(0.3):
                pn, pt, _ = params[-1]
                params[-1] = (pn, pt, self.default_for(pt, simple=True))
            ret = None if (k == "method" and self.chance(0.3)) else self.pick([INT, STR, FLOAT, BOOL, L(INT), O(INT)])
            if ci.frozen and ret is None:
                ret = INT
            mf = self.gen_method(ci, mn, params, ret, k)
            body += [""] + mf
        if not any(l.strip() for l in body):
            body = ["pass"]
        lines += self.indent(body)
        return lines

    def unset_init(self, ci, base, fields, partial):
        """Class-level annotations, __init__ and setup/reset methods of a plain class in unset mode.

        Each own field (fields: (name, type)) gets a fate (UNSET_FATES, all "always" unless partial):
        always: assigned in __init__ (maybe also annotated in the class body);
        sub: the same, but subclasses may leave it unset (a subclass's __init__ that skips
            super().__init__() assigns only the base fields that are not fragile);
        cond: assigned under `if` (with an else branch assigning it too now and then: then it is
            always set);
        try: assigned in a try body after a statement that may raise (caught in __init__);
        late: assigned after an early `return`;
        decl: `name: T` in the class body, assigned only by a setup method (and maybe under `if`);
        cval: `name: T = value` in the class body: reads see the class value while the instance
            attribute is unset; assigned under `if`, by a setup method or not at all.
        The fields that may be unset are recorded (ci.unset): their reads are risky operations.
        """
        ci.fields = [(fn, ft, None) for fn, ft in fields]
        decl, pre = [], []
        written = set()  # own fields whose first assignment (with its annotation if needed) is written
        declared = set()  # own fields annotated in the class body
        params = list(base.init_params) if base is not None else []
        own_params = []
        variant = self.wpick(SUB_INIT) if base is not None else None
        fates = []
        for fn, ft in fields:
            fate = self.wpick(UNSET_FATES) if partial else "always"
            if fate == "cval" and ft not in (INT, FLOAT, BOOL, STR, O(INT), O(STR)):
                fate = "cond"
            fates.append((fn, ft, fate))
        taken = {pn for pn, _, _ in params} | {f[0] for f in ci.all_fields()} | {fn for fn, _ in fields}
        flag = None
        if (any(f in ("cond", "late") for _, _, f in fates) or variant == "cond") and self.chance(0.5):
            free = [n for n in FLAG_NAMES if n not in taken]
            if free:
                flag = self.pick(free)
        # parameters: a field's value comes from a parameter of its name or from an expression
        from_param = set()
        for fn, ft, fate in fates:
            if fate == "decl":
                continue
            if fate == "always" and kind(ft) in ("list", "dict") and self.chance(0.4):
                continue  # `self.x: list[int] = []`
            if self.chance(0.6):
                from_param.add(fn)
                own_params.append((fn, ft, None))
        if flag is not None:
            own_params.insert(self.r.randint(0, len(own_params)), (flag, BOOL, None))
            ci.nonfield.add(flag)
        ci.init_params = params + own_params
        ictx = Ctx(self, tol=frozenset(), cls=ci)
        ictx.order = 0  # no calls in __init__
        ictx.max_depth = 1
        for g in self.globals:
            ictx.declare(g.name, g.t, True)
        for pn, pt, _ in ci.init_params:
            ictx.declare(pn, pt, True)

        def cond(neg=False):
            if flag is not None and self.chance(0.6):
                return f"not {flag}" if neg else flag
            for _ in range(6):
                c = self.g_bool(BOOL, ictx, 1).c
                # (mypy skips the code under a condition it sees as constant, `x or True` too: no type
                # for the fields assigned there)
                if not re.search(r"\b(True|False)\b", c):
                    return c
            return f"len({self.pick(SMALL_STRS)!r}) > {self.r.randint(0, 2)}"

        def value(fn, ft, other=False):
            if fn in from_param and not other:
                return fn
            if ft == INT and self.chance(0.3):
                return str(self.pick(INT_LITS[:20]))
            e = self.gen(ft, ictx, 1)
            if ft == INT:
                e = self.wrap_int(e)
            if ft == STR or kind(ft) == "list":
                e = self.wrap_len(e, ft, SB if ft == STR else LB)
            return e.c

        def assign(fn, ft, v):
            # the first assignment of a field carries its type when the value may not give it
            if fn in declared or fn in written:
                return f"self.{fn} = {v}"
            written.add(fn)
            # (a bool parameter narrowed by an earlier `if flag: return` would give mypy Literal[False])
            if kind(ft) not in SCALARS or ft == BOOL or v in ("[]", "{}") or self.chance(0.2):
                return f"self.{fn}: {self.ann(ft)} = {v}"
            return f"self.{fn} = {v}"

        # the base's fields (a subclass skipping super().__init__() assigns them itself)
        if base is not None:
            sup = f"super().__init__({', '.join(pn for pn, _, _ in base.init_params)})"
            manual = []
            bparams = {pn: pt for pn, pt, _ in base.init_params if pn not in base.all_nonfield()}
            if variant != "super":
                for fn, ft, _ in base.all_fields():
                    if (base.fragile(fn) or base.cval(fn) is not None) and not self.chance(0.3):
                        continue  # may stay unset (or read as the class value)
                    v = fn if bparams.get(fn) == ft and self.chance(0.7) else value(fn, ft, other=True)
                    manual.append(f"self.{fn} = {v}")
            if variant == "super":
                pre.append(sup)
            elif variant == "skip":
                pre += manual
            else:
                pre += [f"if {cond()}:", "    " + sup, "else:"] + self.indent(manual or ["pass"])
        always, if_body, else_body, try_fields, late = [], [], [], [], []
        for fn, ft, fate in fates:
            if fate in ("always", "sub", "cond") and self.chance(0.25):
                declared.add(fn)
                decl.append(f"{fn}: {self.ann(ft)}")
            if fate in ("always", "sub"):
                if fn not in from_param and kind(ft) in ("list", "dict") and fate == "always":
                    always.append(assign(fn, ft, "[]" if kind(ft) == "list" else "{}"))
                else:
                    always.append(assign(fn, ft, value(fn, ft)))
                if fate == "sub":
                    ci.unset.add(fn)
            elif fate == "cond":
                if_body.append((fn, ft))
            elif fate == "try":
                try_fields.append((fn, ft))
                ci.unset.add(fn)
            elif fate == "late":
                late.append((fn, ft))
                ci.unset.add(fn)
            elif fate == "decl":
                declared.add(fn)
                decl.append(f"{fn}: {self.ann(ft)}")
                ci.unset.add(fn)
                if self.chance(0.3):
                    if_body.append((fn, ft))
            else:  # cval
                lit = {INT: self.pick(["0", "3", "-1", "7", "100"]), FLOAT: self.pick(["0.5", "2.5", "-1.0"]),
                       BOOL: self.pick(["True", "False"]), STR: repr(self.pick(SMALL_STRS + ["none"]))}.get(ft, "None")
                declared.add(fn)
                decl.append(f"{fn}: {self.ann(ft)} = {lit}")
                ci.cvals[fn] = lit
                where = self.wpick([(3, "cond"), (1, "try"), (1, "late"), (1, "none")])
                if where == "cond":
                    if_body.append((fn, ft))
                elif where == "try":
                    try_fields.append((fn, ft))
                elif where == "late":
                    late.append((fn, ft))
        sections = []
        if if_body:
            lines = [f"if {cond()}:"] + self.indent([assign(fn, ft, value(fn, ft)) for fn, ft in if_body])
            in_else = []
            if self.chance(0.5):
                in_else = [(fn, ft) for fn, ft in if_body if self.chance(0.5)]
                if in_else:
                    lines += ["else:"] + self.indent([assign(fn, ft, value(fn, ft, other=True)) for fn, ft in in_else])
            for fn, ft in if_body:
                if (fn, ft) not in in_else and fn not in ci.cvals:
                    ci.unset.add(fn)
            sections.append(lines)
        if try_fields:
            kinds = [k for k in self.exc_kinds_available() if k != "AttributeError"]
            k = self.pick(kinds)
            risky = self.risky_stmt(ictx.child(tol=frozenset([k])), [k])
            if not risky or any(re.match(r"(raise|assert) ", l) or (l.startswith("if ") and re.search(r"\b(True|False)\b", l))
                                for l in risky):
                # (mypy skips the code after an unconditional raise: no type for the fields assigned there)
                ci_k = self.classes.get(k)
                exc = self.exc_ctor(ci_k, ictx) if ci_k is not None else f"{k}({self.gen(STR, ictx, 0).c})"
                risky = [f"if {cond()}:", f"    raise {exc}"]
            ev = ictx.fresh("e")
            lines = ["try:"] + self.indent(risky + [assign(fn, ft, value(fn, ft)) for fn, ft in try_fields])
            lines += [f"except {k} as {ev}:",
                      "    " + self.pick([f"print({ci.name + ' init'!r}, type({ev}).__name__)", "pass",
                                          f"print({'no ' + try_fields[0][0]!r}, {ev})"])]
            sections.append(lines)
        self.r.shuffle(sections)
        init = pre + always + [l for sec in sections for l in sec]
        if late:
            init += [f"if {cond(neg=True)}:", "    return"] + [assign(fn, ft, value(fn, ft)) for fn, ft in late]
        ps = "".join(f", {pn}: {self.ann(pt)}" for pn, pt, _ in ci.init_params)
        out = (decl + [""] if decl else []) + [f"def __init__(self{ps}) -> None:"] + self.indent(init or ["pass"])
        for fn, _, _ in fates:
            assert fn in written or fn in declared, fn
        out += self.unset_methods(ci, any(f == "decl" for _, _, f in fates))
        return out

    def unset_methods(self, ci, must_setup):
        """A setup method assigning the class's fields that may be unset (always when some are only
        declared in the class body), and a method deleting one (`del self.x`)."""
        out = []
        own = [(fn, ft) for fn, ft, _ in ci.fields if fn in ci.unset or fn in ci.cvals]
        if not own:
            return out
        taken = set(ci.all_methods()) | {f[0] for f in ci.all_fields()}
        names = [n for n in SETUP_NAMES if n not in taken]
        if names and (must_setup or self.chance(P_SETUP_METHOD)):
            mn = self.pick(names)
            params = []
            if self.chance(0.5):
                pt = self.pick([INT, STR, BOOL])
                params.append((f"{'amt' if pt == INT else 'arg'}0", pt, None))
            mctx = Ctx(self, tol=frozenset(), cls=ci)
            mctx.order = 0
            for g in self.globals:
                mctx.declare(g.name, g.t, True)
            for pn, pt, _ in params:
                mctx.declare(pn, pt, True)
            body = []
            for fn, ft in own:
                e = self.gen(ft, mctx, 1)
                if ft == INT:
                    e = self.wrap_int(e)
                if ft == STR or kind(ft) == "list":
                    e = self.wrap_len(e, ft, SB if ft == STR else LB)
                line = f"self.{fn} = {e.c}"
                if self.chance(0.3):
                    body += [f"if {self.g_bool(BOOL, mctx, 1).c}:", "    " + line]
                elif self.chance(0.85) or fn in ci.unset:
                    body.append(line)
            if self.chance(0.3):
                body.append(f"print({mn + ' done'!r})")
            f = Func(mn, params, None, cls=ci, kind="method")
            self.order_counter += 1
            f.order = self.order_counter
            f.mutates = True
            f.cost = 2
            f.prints = True
            ci.methods[mn] = f
            ps = "".join(f", {pn}: {self.ann(pt)}" for pn, pt, _ in params)
            out += ["", f"def {mn}(self{ps}) -> None:"] + self.indent(body or ["pass"])
        names = [n for n in RESET_NAMES if n not in taken]
        if names and self.unset_del and self.chance(P_RESET_METHOD):
            mn = self.pick(names)
            fn, ft = self.pick(own)
            form = self.r.randint(0, 3)
            raises = frozenset()
            if form == 0:
                body = [f"del self.{fn}"]
                raises = frozenset(["AttributeError"])
            elif form == 1:
                body = ["try:", f"    del self.{fn}", "except AttributeError as e:", f"    print({mn!r}, e)"]
            elif form == 2:
                mctx = Ctx(self, tol=frozenset(), cls=ci)
                mctx.order = 0
                e = self.gen(ft, mctx, 0)
                body = [f"self.{fn} = {e.c}", f"del self.{fn}"]
            else:
                # deleted, then read: the class value, or AttributeError
                body = [f"del self.{fn}", f"print({fn!r}, self.{fn})"]
                raises = frozenset(["AttributeError"])
            f = Func(mn, [], None, cls=ci, kind="method")
            self.order_counter += 1
            f.order = self.order_counter
            f.mutates = True
            f.cost = 2
            f.raises = raises
            ci.methods[mn] = f
            out += ["", f"def {mn}(self) -> None:"] + self.indent(body)
        return out

    def gen_specials(self, ci):
        out = []
        fl = ci.safe_fields()
        ints = [fn for fn, ft, _ in fl if ft == INT]
        lists = [(fn, ft) for fn, ft, _ in fl if kind(ft) in ("list", "dict") or ft == STR]
        if self.chance(0.25) and (ints or lists):
            if lists and (self.chance(0.6) or not ints):
                x = f"len(self.{self.pick(lists)[0]})"
            else:
                x = f"abs(self.{self.pick(ints)}) % 7"
            out += ["", "def __len__(self) -> int:", f"    return {x}"]
            ci.special["len"] = INT
        if self.chance(0.2):
            cl = [(fn, ft) for fn, ft, _ in fl if kind(ft) in ("list", "dict") and printable(ft)]
            if cl:
                fn, ft = self.pick(cl)
                et = ft[1]
                out += ["", f"def __contains__(self, item: {self.ann(et)}) -> bool:", f"    return item in self.{fn}"]
                ci.special["contains"] = et
            elif ints:
                fn = self.pick(ints)
                out += ["", "def __contains__(self, item: int) -> bool:", f"    return item == self.{fn} or item == -self.{fn}"]
                ci.special["contains"] = INT
        if self.chance(0.2):
            if ints and self.chance(0.6):
                x = f"self.{self.pick(ints)} {self.pick(['>', '!=', '<'])} 0"
            elif lists:
                x = f"len(self.{self.pick(lists)[0]}) > {self.r.randint(0, 2)}"
            else:
                x = self.pick(["True", "False"])
            out += ["", "def __bool__(self) -> bool:", f"    return {x}"]
            ci.special["bool"] = BOOL
        if self.chance(0.2) and ci.init_params and not any(ci.fragile(pn) for pn, _, _ in ci.init_params):
            args = []
            for pn, pt, _ in ci.init_params:
                if pn in ci.nonfield:
                    args.append(self.pick(["True", "False", f"self.{ints[0]} > 0" if ints else "True"]))
                elif pt == INT:
                    args.append(f"(self.{pn} + other.{pn}) % 1000")
                elif pt == STR:
                    args.append(f"(self.{pn} + other.{pn})[:12]")
                elif pt == FLOAT:
                    args.append(f"self.{pn} + other.{pn}")
                elif kind(pt) == "list":
                    args.append(f"(self.{pn} + other.{pn})[:6]")
                elif pt == BOOL:
                    args.append(f"self.{pn} or other.{pn}")
                else:
                    args.append(f"other.{pn}")
            out += ["", f"def __add__(self, other: \"{ci.name}\") -> \"{ci.name}\":", f"    return {ci.name}({', '.join(args)})"]
            ci.special["add"] = C(ci.name)
        return out

    def default_for(self, t, simple=False):
        k = kind(t)
        if t == INT:
            return self.pick(["0", "1", "-1", "10"])
        if t == STR:
            return self.pick(["''", "'none'", "'x'"])
        if t == FLOAT:
            return self.pick(["0.0", "1.5", "-2.5"])
        if t == BOOL:
            return self.pick(["False", "True"])
        if k == "opt":
            return "None"
        if k in ("list", "dict") and not simple:
            return "field(default_factory=" + k + ")"
        if k == "cls":
            return None
        if k == "tuple":
            return None
        return None

    def gen_method(self, ci, mn, params, ret, mkind, override=None):
        f = Func(mn, params, ret, cls=ci, kind=mkind)
        if override is None:
            self.order_counter += 1
            f.order = self.order_counter
        else:
            f.order = override.order  # dynamic dispatch: the override runs where the base method is called
        tol = frozenset()
        if override is not None:
            tol = override.raises
        elif mkind == "method" and self.chance(0.2):
            tol = frozenset([self.pick(self.exc_kinds_available())])
        reads_unset = False
        if (override is None and mkind == "method" and self.unset_mode
                and any(ci.fragile(fn) for fn, _, _ in ci.all_fields()) and self.chance(P_UNSET_METHOD_READ)):
            # the method reads (or updates, deletes) `self.x` that may be unset: callers must catch it
            tol = tol | frozenset(["AttributeError"])
            reads_unset = True
        f.raises = tol
        ctx = Ctx(self, func=f, tol=tol, cls=ci)
        ctx.budget = [self.r.randint(2, 10)]
        ctx.max_depth = 2
        for g in self.globals:
            ctx.declare(g.name, g.t, True)
        if mkind != "static":
            ctx.declare("self", C(ci.name), True)
        for pn, pt, _ in params:
            ctx.declare(pn, pt, True)
        # temporarily register so recursion checks see it (order excludes self-calls)
        ci.methods[mn] = f
        lines = []
        if mkind == "static":
            lines.append("@staticmethod")
        elif mkind == "prop":
            lines.append("@property")
        ps = "".join(f", {pn}: {self.ann(pt)}" + (f" = {pd}" if pd is not None else "") for pn, pt, pd in params)
        if mkind == "static":
            ps = ps[2:]
            head = f"def {mn}({ps})"
        else:
            head = f"def {mn}(self{ps})"
        head += f" -> {self.ann(ret)}:" if ret is not None else " -> None:"
        lines.append(head)
        body = []
        # an override must not have effects its base method's callers did not allow for
        pure = override is not None and not override.mutates
        ctx.pure = pure
        self.fx.append({"cost": 0, "mut": False})
        if override is not None and mkind == "method" and self.chance(0.5) and ret is not None:
            # call the base implementation
            sup = f"super().{mn}({', '.join(pn for pn, _, _ in params)})"
            v = ctx.fresh("base")
            body.append(f"{v} = {sup}")
            ctx.declare(v, ret, True)
        if reads_unset:
            body += self.unset_read_lines(ctx, only="self") or []
        body += self.block(ctx, self.r.randint(1, 3))
        if ret is not None:
            body.append(f"return {self.ret_expr(ctx).c}")
        fx = self.fx.pop()
        f.mutates = fx["mut"]
        f.cost = fx["cost"] + 1
        if override is not None:
            override.cost = max(override.cost, f.cost)
        lines += self.indent(body)
        return lines

    def gen_func(self, idx):
        name = f"fn_{['calc', 'mix', 'walk', 'pick', 'fold', 'scan', 'shape', 'tally', 'probe', 'blend'][idx % 10]}{idx}"
        rec = self.chance(0.2)
        params = []
        for j in range(self.r.randint(0 if not rec else 0, 3)):
            pt = self.rand_type(1, allow_opt=True)
            params.append((f"p{j}", pt, None))
        if params and self.chance(0.25):
            pn, pt, _ = params[-1]
            d = self.default_for(pt, simple=True)
            if kind(pt) == "list" and self.chance(0.5):
                d = "[]"  # evaluated once: calls that mutate it share the list
            if d is not None:
                params[-1] = (pn, pt, d)
        ret = None if self.chance(0.2) else self.rand_type(1)
        f = Func(name, params, ret, kind="rec" if rec else "func")
        self.order_counter += 1
        f.order = self.order_counter
        if rec:
            f.params = [("depth", INT, None)] + params
            f.rec_param = "depth"
            if ret is None:
                f.ret = ret = INT
        tol = frozenset()
        if self.chance(0.3):
            tol = frozenset([self.pick(self.exc_kinds_available())])
        f.raises = tol
        ctx = Ctx(self, func=f, tol=tol)
        ctx.budget = [self.r.randint(4, 18)]
        ctx.max_depth = 2
        self.fx.append({"cost": 0, "mut": False})
        for g in self.globals:
            ctx.declare(g.name, g.t, True)
        gdecl = []
        if self.globals and self.chance(0.3):
            g = self.pick(self.globals)
            if kind(g.t) in SCALARS:
                gdecl.append(g.name)
                ctx.declare(g.name, g.t, False)
        for pn, pt, _ in f.params:
            ctx.declare(pn, pt, True, b=(30 if pn == "depth" else None))
        n = len(f.params)
        if n >= 2 and self.chance(0.15):
            f.kwonly = self.r.randint(1, n - 1)
        if n >= 2 and self.chance(0.1):
            f.posonly = self.r.randint(1, (f.kwonly or n) - 1) if (f.kwonly or n) > 1 else 0
        pl = [f"{pn}: {self.ann(pt)}" + (f" = {pd}" if pd is not None else "") for pn, pt, pd in f.params]
        if f.kwonly is not None:
            pl.insert(f.kwonly, "*")
        if f.posonly:
            pl.insert(f.posonly, "/")
        ps = ", ".join(pl)
        head = f"def {name}({ps})" + (f" -> {self.ann(ret)}:" if ret is not None else (" -> None:" if self.chance(0.7) else ":"))
        body = []
        if gdecl:
            body.append(f"global {', '.join(gdecl)}")
            g = gdecl[0]
            gt = ctx.vars_of(self.pick([x for x in self.globals if x.name == g]).t)[0].t if False else None
            for gv in self.globals:
                if gv.name == g:
                    if gv.t == INT:
                        body.append(f"{g} = ({g} + 1) % 1000")
                    elif gv.t == STR:
                        body.append(f"{g} = ({g} + {self.gen_small_str()!r})[-12:]")
                    elif gv.t == FLOAT:
                        body.append(f"{g} += 0.5")
                    else:
                        body.append(f"{g} = not {g}")
        for pn, pt, _ in params:
            if kind(pt) == "opt" and self.chance(0.5):
                if self.chance(0.5):
                    if ret is None:
                        body += [f"if {pn} is None:", f"    print({repr(pn + ' is None')})", "    return"]
                    else:
                        body += [f"if {pn} is None:", f"    return {self.ret_expr(ctx).c}"]
                else:
                    e = self.gen(pt[1], ctx, 1)
                    if pt[1] == INT:
                        e = self.wrap_int(e)
                    body += [f"if {pn} is None:", f"    {pn} = {e.c}"]
                ctx.declare(pn, pt[1], True)
        if rec:
            base = self.ret_expr(ctx)
            body += [f"if depth <= 0:", f"    return {base.c}"]
            ctx.declare("depth", INT, True, 30)
        # register the function before generating its body so the body can call earlier functions only
        body += self.block(ctx, self.r.randint(2, 5))
        if rec:
            args = ["depth - 1"] + [pn for pn, _, _ in params]
            if params and self.chance(0.5):
                j = self.r.randint(0, len(params) - 1)
                pn, pt, _ = params[j]
                e = self.gen(pt, ctx, 1, sub_ok=True)
                if pt == INT:
                    e = self.wrap_int(e)
                if pt == STR or kind(pt) == "list":
                    e = self.wrap_len(e, pt, SB if pt == STR else LB)
                args[j + 1] = e.c
            rv = ctx.fresh("r")
            if f.kwonly is not None:
                args = args[:f.kwonly] + [f"{f.params[i][0]}={a}" for i, a in enumerate(args) if i >= f.kwonly]
            body.append(f"{rv} = {name}({', '.join(args)})")
            ctx.declare(rv, ret, True)
            if self.chance(0.5) and printable(ret):
                body.append(f"print({repr('depth')}, depth, {rv})")
            if ret == INT:
                e = self.gen(INT, ctx, 1)
                body.append(f"return ({rv} + {e.at(P_ADD + 1)}) % {self.pick([1009, 97, 65536, 999983])}")
            else:
                body.append(f"return {self.ret_expr(ctx).c}")
        elif ret is not None:
            body.append(f"return {self.ret_expr(ctx).c}")
        fx = self.fx.pop()
        f.mutates = fx["mut"] or bool(gdecl)
        f.cost = (fx["cost"] + 1) * (7 if rec else 1)
        self.funcs.append(f)
        return [head] + self.indent(body)

    def gen_globals(self):
        lines = [""]
        for i in range(self.wpick([(2, 0), (3, 1), (2, 2), (1, 3)])):
            t = self.pick([INT, STR, L(INT), D(STR, INT), FLOAT, L(STR)])
            name = f"G_{['TOTAL', 'NAMES', 'LOG', 'LIMIT', 'TABLE', 'SCALE'][i]}"
            ctx = Ctx(self)
            e = self.gen(t, ctx, 1)
            if t == INT:
                e = self.wrap_int(e, 1000)
            if kind(t) in ("list", "dict") and self.chance(0.3):
                e = E("[]" if kind(t) == "list" else "{}")
            lines.append(f"{name}: {self.ann(t)} = {e.c}")
            self.globals.append(Var(name, t, True))
        return lines + ["", ""]

    def gen_main(self):
        f = Func("main", [], None)
        f.order = 10 ** 8
        ctx = Ctx(self, func=f)
        ctx.module_level = self.module_main
        for g in self.globals:
            ctx.declare(g.name, g.t, True)
        body = []
        # a few objects and containers to work with
        for _ in range(self.r.randint(2, 4)):
            body += self.s_new_var(ctx)
        for cn in self.class_order[:3]:
            if self.unset_mode or self.chance(0.7):
                body += self.s_new_var(ctx, C(cn))
        if self.unset_mode and self.chance(P_UNSET_MAIN_PROBE):
            body += self.s_unset_probe(ctx) or []
        target = max(self.lines_budget - self.total_lines(), 25)
        ctx.budget = [target - len(body)]
        while ctx.budget[0] > 0:
            s = self.stmt(ctx)
            ctx.budget[0] -= len(s)
            body += s
        # print the state at the end
        pv = [v.name for v in ctx.vars() if printable(v.t) and not v.name.startswith("G_")]
        self.r.shuffle(pv)
        for i in range(0, min(len(pv), 8), 3):
            body.append(f"print({', '.join(pv[i:i + 3])})")
        if self.ending == "recursion":
            body.append(f"print(fn_runaway({self.r.randint(0, 5)}))")
        elif self.ending == "chained":
            body += self.chained_ending(ctx)
        elif self.ending == "comprehension":
            body += self.comprehension_ending(ctx)
        elif self.ending == "plain":
            allk = frozenset(self.exc_kinds_available())
            ectx = ctx.child(tol=allk)
            fs = [fn for fn in self.funcs if fn.raises]
            if fs and self.chance(0.5):
                fn = self.pick(fs)
                call = f"{fn.name}({self.call_args(fn, ectx, 2)})"
                body.append(f"print({call})" if fn.ret is None or printable(fn.ret) else call)
            elif self.unset_mode and self.unset_cands(ectx) and self.chance(P_UNSET_ENDING):
                body += self.unset_read_lines(ectx)
            else:
                r = self.risky_stmt(ectx, [self.pick(sorted(allk))])
                if r:
                    body += r
            body.append(f"print({repr('unreachable?')})")
        body += self.stdlib_ending(ctx)  # `sys.exit(n)` in a few programs (gen_stdlib.py)
        if ctx.module_level:
            return body
        return ["def main() -> None:"] + self.indent(body)

    def chained_ending(self, ctx):
        kinds = self.exc_kinds_available()
        k = self.pick(kinds)
        inner = self.risky_stmt(ctx.child(tol=frozenset([k])), [k]) or [f"raise ValueError({self.pick(WORDS)!r})"]
        ev = ctx.fresh("e")
        outer = self.pick([x for x in kinds if x != "AttributeError"])  # (a raised AttributeError has another message)
        ci = self.classes.get(outer)
        if ci is not None:
            exc = self.exc_ctor(ci, ctx)
        else:
            exc = f"{outer}({self.gen(STR, ctx, 1).c})" if outer != "KeyError" else f"KeyError({self.gen(STR, ctx, 0).c})"
        how = self.pick(["", f" from {ev}", " from None", ""])
        out = ["try:"] + self.indent(inner) + [f"except {k} as {ev}:",
                                               f"    print({repr('handling')}, type({ev}).__name__)"]
        if self.chance(0.2):
            out.append("    raise")
        else:
            out.append(f"    raise {exc}{how}")
        return out + [f"print({repr('unreachable?')})"]

    def comprehension_ending(self, ctx):
        k = self.r.randint(-2, 4)
        v = ctx.fresh("v")
        form = self.r.randint(0, 3)
        if form == 0:
            return [f"print([{self.r.randint(1, 99)} // ({v} - {k}) for {v} in range({self.r.randint(0, 3)}, {self.r.randint(3, 8)})])"]
        if form == 1:
            return [f"print(sorted([{self.r.randint(1, 5)}, {self.r.randint(-3, 3)}, {k}], key=lambda {v}: 10 % ({v} - {k})))"]
        if form == 2:
            return [f"print({{{v}: [1, 2, 3][{v}] for {v} in range({self.r.randint(1, 5)})}})"]
        return [f"print(sum(int({v}) for {v} in {self.pick(['1 2 x', '3 4', '5 ? 6', ''])!r}.split()))"]

    def program(self):
        parts = []
        parts.append(self.gen_globals())
        parts.append(self.gen_exc_classes())
        self.out = parts
        ncls = self.wpick([(2, 0), (4, 1), (3, 2), (1, 3)])
        if self.unset_mode and ncls < 2:
            ncls = 2  # classes to leave attributes unset in, one maybe a subclass of the other
        for i in range(ncls):
            if self.total_lines() > self.lines_budget * (0.55 if self.unset_mode else 0.4):
                break
            parts.append(self.gen_class(i) + ["", ""])
        if self.chance(0.5):
            parts.append(self.fused_gens())
        if self.chance(0.4):
            parts.append(self.typing_prelude())
        if self.chance(0.5):
            parts.append(self.protocol_prelude())
        if self.chance(0.5) and self.dynamic_allowed(parts):
            parts.append(self.dynamic_prelude())
        nf = self.r.randint(1, 4)
        for i in range(nf):
            if self.total_lines() > self.lines_budget * 0.6:
                break
            parts.append(self.gen_func(i) + ["", ""])
        if self.ending == "recursion":
            parts.append(["def fn_runaway(n: int) -> int:", "    if n % 100 == 99 and n < 900:",
                          "        print('deep', n)", "    return fn_runaway(n + 1) + 1", "", ""])
        parts.append(self.gen_main())
        body = []
        for p in parts:
            body += p
        # The library mixin's classes (gen_stdlib.py) do not count towards
        # the program's length either; they may need the dataclass import.
        sl_prelude = self.stdlib_prelude()
        if sl_prelude:
            self.fixed_lines = getattr(self, "fixed_lines", 0) + len(sl_prelude)
            body = sl_prelude + body
        head = [f"# difftest program, seed {self.seed}"]
        head += self.stdlib_head()
        if self.uses_dc:
            head.append("from dataclasses import dataclass" + (", field" if self.uses_field else ""))
        if self.uses_typing:
            head.append(f"from typing import {', '.join(sorted(self.uses_typing))}")
        if self.uses_math:
            head.append("import math")
        if getattr(self, "uses_cm", False):
            head.append("from contextlib import contextmanager")
        if getattr(self, "uses_enum", False):
            head += ENUM_IMPORTS
            body = ENUM_PRELUDE + body
        if hasattr(self, "dunder_variant"):
            prelude = dunder_prelude(self.dunder_variant)
            # The fixed classes do not count towards the program's length.
            self.fixed_lines = getattr(self, "fixed_lines", 0) + len(prelude)
            body = prelude + body
        if getattr(self, "uses_with", False):
            head.append("from types import TracebackType")
            body = [
                "class Mgr:",
                "    def __init__(self, tag: str, swallow: bool) -> None:",
                "        self.tag = tag",
                "        self.swallow = swallow",
                "",
                "    def __enter__(self) -> 'Mgr':",
                "        print('enter', self.tag)",
                "        return self",
                "",
                "    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,",
                "                 tb: TracebackType | None) -> bool:",
                "        if exc_type is None:",
                "            print('exit', self.tag)",
                "        else:",
                "            print('exit', self.tag, exc_type.__name__, self.swallow)",
                "        return self.swallow",
                "",
                "",
            ] + body
        head.append("")
        tail = ["", ""]
        if self.module_main:
            tail = []
        elif self.chance(0.5):
            tail.append('if __name__ == "__main__":')
            tail.append("    main()")
        else:
            tail.append("main()")
        text = "\n".join(head + [""] + body + tail) + "\n"
        while "\n\n\n\n" in text:
            text = text.replace("\n\n\n\n", "\n\n\n")
        return text


def generate(seed):
    """The program for seed (retries with derived seeds when a draft is too long)."""
    for attempt in range(20):
        g = Gen(seed * 1000 + attempt if attempt else seed)
        g.seed = seed
        text = g.program()
        n = text.count("\n") - getattr(g, "fixed_lines", 0)
        if 30 <= n <= 150:
            break
    return maybe_split(text, seed)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("-o", "--output")
    args = ap.parse_args()
    text = generate(args.seed)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
