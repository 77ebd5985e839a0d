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

from gen_dunders import DunderForms, dunder_prelude
from gen_enums import ENUM_IMPORTS, ENUM_PRELUDE, EnumForms
from gen_generators import GeneratorForms
from gen_typing import TypingForms
from gen_protocols import ProtocolForms
from gen_dynamic import DynamicForms
from gen_match import MatchForms
from gen_modules import maybe_split
from gen_numtower import NumtowerForms

# ---------------------------------------------------------------- types

INT, FLOAT, BOOL, STR = "int", "float", "bool", "str"
SCALARS = (INT, FLOAT, BOOL, STR)


# Object variables: one may alias another (`obj2 = obj0`), so a field of
# one assigned from any of them may close a cycle.
OBJ_NAME = re.compile(r"\bobj\d+\b")


def L(t):
    return ("list", t)


def D(k, v):
    return ("dict", k, v)


def S(t):
    return ("set", t)


def T(*ts):
    return ("tuple",) + tuple(ts)


def O(t):
    return ("opt", t)


def C(name):
    return ("cls", name)


def kind(t):
    return t if isinstance(t, str) else t[0]


def is_seq(t):
    return kind(t) in ("list", "str", "tuple")


def contains_str_hash(t):
    """True when a set of this element type iterates in a str-hash order."""
    k = kind(t)
    if k == STR or k == "cls":
        return True
    if k == "tuple":
        return any(contains_str_hash(x) for x in t[1:])
    if k == "opt":
        return contains_str_hash(t[1])
    return False


def contains_cls(t):
    if isinstance(t, str):
        return False
    if t[0] == "cls":
        return True
    return any(contains_cls(x) for x in t[1:])


def printable(t):
    """Whether str()/repr() of a value of this type is the same in both."""
    k = kind(t)
    if k in SCALARS or k == "cls":
        return True
    if k == "set":
        return not contains_str_hash(t[1]) and printable(t[1])
    if k == "list" or k == "opt":
        return printable(t[1])
    if k == "dict":
        return printable(t[1]) and printable(t[2])
    if k == "tuple":
        return all(printable(x) for x in t[1:])
    return False


def hashable(t, classes):
    k = kind(t)
    if k in SCALARS:
        return True
    if k == "tuple":
        return all(hashable(x, classes) for x in t[1:])
    if k == "cls":
        ci = classes[t[1]]
        return ci.is_dc and ci.frozen and all(hashable(ft, classes) for _, ft, _ in ci.all_fields())
    return False


def orderable(t, classes):
    """Values of type t can be sorted with sorted() without key."""
    k = kind(t)
    if k in (INT, FLOAT, STR, BOOL):
        return True
    if k == "tuple":
        return all(orderable(x, classes) for x in t[1:])
    if k == "list":
        return orderable(t[1], classes)
    if k == "cls":
        ci = classes[t[1]]
        return ci.has_lt
    return False


# ---------------------------------------------------------------- expressions

P_LAMBDA, P_IF, P_OR, P_AND, P_NOT, P_CMP, P_BOR, P_BXOR, P_BAND, P_SHIFT, P_ADD, P_MUL, P_UNARY, P_POW = range(14)
P_PRIMARY, P_ATOM = 15, 16

# list[Optional[T]] values: displays and comprehensions with a known target type convert
# to them, but a sliced comprehension (`[...][:4]`, which the generator writes) is still typed
# from its elements by multigen (findings/rejected_list_of_optional.py); off until that is fixed
OPT_LISTS = False

# Attributes that may be unset (issue 17). In "unset mode" programs (drawn from a separate random
# stream, so that the other programs are exactly those of the generator before) plain classes get
# attributes assigned on some paths only, class-level annotations with and without a value,
# subclasses whose __init__ skips super().__init__(), setup methods, `del` of attributes; reads of
# such attributes raise AttributeError and are generated like any other risky operation: only where
# AttributeError is caught (or in a function whose callers catch it, or at the end of main).
P_UNSET_PROGRAM = 0.4  # share of the programs in unset mode
P_UNSET_DEL = 0.5  # share of the unset-mode programs that also delete attributes
P_UNSET_CLASS = 0.85  # in unset mode: share of the plain classes whose fields get fates
# the fate of a field of such a class (see Gen.unset_init)
UNSET_FATES = [(4, "always"), (3, "cond"), (1, "try"), (1, "late"), (2, "decl"), (2, "cval"), (2, "sub")]
# how a subclass's __init__ (of such a class, in unset mode) treats super().__init__()
SUB_INIT = [(3, "super"), (3, "skip"), (2, "cond")]
P_UNSET_METHOD_READ = 0.35  # a new method of a class with fragile fields reads one of them first
P_SETUP_METHOD = 0.5  # a setup method (besides the one that 'decl' fields always get)
P_RESET_METHOD = 0.4  # a method deleting an attribute (`del self.x`)
W_UNSET_PROBE = 8  # statement weight of try/except AttributeError probes (the other weights sum to ~50)
P_UNSET_MAIN_PROBE = 0.6  # a probe right after main creates its objects
P_UNSET_ENDING = 0.7  # a program ending with a risky statement ends with an AttributeError one
SETUP_NAMES = ["setup", "fill", "load", "prepare"]
RESET_NAMES = ["reset", "forget", "drop", "clear_state"]
FLAG_NAMES = ["ready", "full", "eager", "armed"]

LIM = 10 ** 12  # bound on any int intermediate (well below 2**53 and 2**63)
VB = 10 ** 8  # bound on int variables, fields, parameters, returns
FB = 1e30  # bound assumed for float variables, fields, calls (unknown: float() of them is reduced first)
SB = 48  # nominal length of str variables
LB = 12  # nominal length of container variables
INF = float("inf")


class E:
    """A generated expression: code, precedence, value bound, length bound."""

    __slots__ = ("c", "p", "b", "n", "u", "nt")

    def __init__(self, c, p=P_ATOM, b=0, n=0, u=False):
        self.c = c
        self.p = p
        self.b = b
        self.n = n
        self.u = u  # iterates in str-hash order (a set of str): only order-free consumers
        self.nt = False  # an int standing for a float (gen_numtower.py)

    def at(self, p):
        return self.c if self.p >= p else "(" + self.c + ")"


def lit_int(v):
    return E(str(v), P_ATOM if v >= 0 else P_UNARY, abs(v))


def lit_str(s):
    return E(repr(s), P_ATOM, 0, len(s))


WORDS = ["alpha", "beta", "gamma", "delta", "x", "y", "ab", "ba", "Hello", "WORLD", "hello world", "a,b,c",
         " pad ", "", "42", "-7", "3.5", "ok", "Zed", "mixed Case", "tab\tsep", "it's", 'say "hi"', "a-b-c",
         "  spaced  out  ", "abcabc", "e\u0301", "caf\u00e9", "na\u00efve", "stra\u00dfe", "\u00c5ngstr\u00f6m",
         "UPPER", "lower", "Title Case", "007", "1,2,3", "one two three", "x=1;y=2", "aaa", "racecar",
         "back\\slash", "line\nbreak", "9", "0", "  ", "A1b2", "snake_case_name", "\u03c0r\u00b2",
         "\u0130stanbul", "\ufb01ne", "\u01c5emal", "nul\x00", "del\x7f", "zero\u200bwidth", "\U0001f600 smile",
         "\u03a3\u03af\u03c3\u03c5\u03c6\u03bf\u03c2", "\u0391\u03a3", "a\x1cb", "x\u3000y", "\u00a0nbsp", "\x1b[0m",
         "\u00b2", "\u00bd", "\u0663\u0664", "\u2028", "MiXeD 123 abc", "O'Neil", "a\tb\rc"]
SMALL_STRS = ["a", "b", "ab", "x", "-", ",", " ", "", "o", "l", "e", "an", "aa", "1", "A", "\u00e9"]
FLOAT_LITS = ["0.0", "1.0", "-1.0", "0.5", "2.5", "-3.75", "0.1", "0.2", "0.3", "1e-05", "3.14159", "100.0",
              "1234.5678", "-0.0", "2.0", "1.5", "-2.5", "0.125", "1e16", "1.5e-07", "6.02e+23", "123456789.0",
              "0.7", "9.99", "-0.001", "1e+22", "12.0", "0.333", "7.25", "-100.5", "4.0", "1e-10", "2.675"]
INT_LITS = [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 16, 25, 42, 99, 100, 127, 255, 256, 1000, 1024, 65535, -1, -2,
            -3, -5, -7, -8, -10, -13, -100, -128, 12345, -99999, 2147483647, -2147483648, 1000000007]
MODS = [2, 3, 5, 7, 10, 13, 97, 100, 101, 256, 1000, 1009, 10007, 65536, 999983, -7, -10, -97]


def fval(s):
    return abs(float(s))


# ---------------------------------------------------------------- program model


class Var:
    __slots__ = ("name", "t", "ro", "b", "nar")

    def __init__(self, name, t, ro=False, b=None, nar=False):
        self.name = name
        self.t = t
        self.ro = ro
        self.b = b  # tighter bound for int loop variables
        self.nar = nar  # an Optional variable narrowed to t here


class Func:
    def __init__(self, name, params, ret, raises=frozenset(), cls=None, kind="func"):
        self.name = name
        self.params = params  # list of (name, type, default_code or None)
        self.ret = ret  # type or None
        self.raises = frozenset(raises)
        self.mutates = False
        self.prints = False
        self.cls = cls
        self.kind = kind  # func, method, static, prop, rec
        self.rec_param = None
        self.cost = 1  # estimated statements executed per call
        self.posonly = 0  # params[:posonly] are positional-only
        self.kwonly = None  # params[kwonly:] are keyword-only
        self.order = 0  # calls go only to callables of lower order (no unbounded recursion)


class ClassInfo:
    def __init__(self, name, base):
        self.name = name
        self.base = base
        self.fields = []  # own fields (name, type, default or None)
        self.init_params = []  # for plain classes: (name, type, default)
        self.methods = {}  # own methods
        self.is_dc = False
        self.frozen = False
        self.order = False
        self.has_eq_own = False
        self.has_lt_own = False
        self.is_exc = False
        self.subclasses = []
        self.special = {}  # dunder name -> parameter type (len/contains/add/bool)
        self.consts = []  # class constants (name, type)
        self.cm = None  # classmethod name
        self.unset = set()  # own fields that may be unset on an instance (reading them may raise)
        self.cvals = {}  # own fields with a class-level value (`n: int = 3`): reads never raise
        self.nonfield = set()  # __init__ parameters that are no field (flags)

    def fragile(self, fn):
        """Whether reading field fn of an instance (of this class or a subclass) may raise AttributeError."""
        c = self
        while c is not None:
            if fn in c.unset:
                return True
            c = c.base
        return False

    def cval(self, fn):
        c = self
        while c is not None:
            if fn in c.cvals:
                return c.cvals[fn]
            c = c.base
        return None

    def all_nonfield(self):
        out = set(self.nonfield)
        if self.base is not None:
            out |= self.base.all_nonfield()
        return out

    def safe_fields(self):
        return [f for f in self.all_fields() if not self.fragile(f[0])]

    def has_special(self, name):
        c = self
        while c is not None:
            if name in c.special:
                return c.special[name]
            c = c.base
        return None

    @property
    def has_eq(self):
        c = self
        while c is not None:
            if c.has_eq_own or c.is_dc:
                return True
            c = c.base
        return False

    @property
    def has_lt(self):
        c = self
        while c is not None:
            if c.has_lt_own or (c.is_dc and c.order):
                return True
            c = c.base
        return False

    def all_fields(self):
        out = list(self.base.all_fields()) if self.base else []
        return out + self.fields

    def all_methods(self):
        out = dict(self.base.all_methods()) if self.base else {}
        out.update(self.methods)
        return out

    def all_init_params(self):
        if self.is_dc:
            return [(n, t, d) for n, t, d in self.all_fields() if d != "NOINIT"]
        return self.init_params

    def descendants(self):
        out = [self]
        for s in self.subclasses:
            out.extend(s.descendants())
        return out

    def is_sub(self, other):
        c = self
        while c is not None:
            if c is other:
                return True
            c = c.base
        return False


class Ctx:
    """Generation context of a block."""

    def __init__(self, gen, func=None, scopes=None, tol=frozenset(), cls=None):
        self.gen = gen
        self.func = func
        self.scopes = scopes if scopes is not None else [{}]
        self.tol = frozenset(tol)
        self.in_loop = False
        self.iters = 1
        self.frozen = frozenset()
        self.in_comp = False
        self.depth = 0
        self.cls = cls
        self.names = {}
        self.in_handler = None  # name of exception var in an except block
        self.pure = False  # no calls with side effects (lambda bodies, comprehensions)
        self.globals_rw = set()
        self.try_depth = 0
        self.order = func.order if func is not None else 10 ** 9
        self.budget = [10 ** 6]  # lines left for the function being generated (shared by its blocks)
        self.module_level = False  # statements of the module body (globals are not narrowed)
        self.max_depth = 3

    def child(self, **kw):
        c = Ctx.__new__(Ctx)
        c.__dict__.update(self.__dict__)
        c.scopes = self.scopes + [{}]
        for k, v in kw.items():
            setattr(c, k, v)
        return c

    def fresh(self, prefix):
        n = self.names.get(prefix, 0)
        self.names[prefix] = n + 1
        return f"{prefix}{n}"

    def declare(self, name, t, ro=False, b=None, nar=False):
        self.scopes[-1][name] = Var(name, t, ro, b, nar)

    def vars(self):
        seen = {}
        for sc in self.scopes:
            for n, v in sc.items():
                seen[n] = v
        return list(seen.values())

    def vars_of(self, t, writable=False, sub_ok=False):
        out = []
        for v in self.vars():
            if writable and v.ro:
                continue
            if v.t == t or (sub_ok and self.gen.subtype(v.t, t)):
                out.append(v)
        return out


EXC_BUILTIN = ["ZeroDivisionError", "IndexError", "KeyError", "ValueError", "AssertionError"]
EXC_PARENTS = {"ZeroDivisionError": ["ArithmeticError"], "IndexError": ["LookupError"],
               "KeyError": ["LookupError"], "ValueError": [], "AssertionError": [], "AttributeError": []}


def prefix_of(t):
    k = kind(t)
    return {"int": "n", "float": "f", "bool": "b", "str": "s", "list": "xs", "dict": "d", "set": "st",
            "tuple": "t", "opt": "o", "cls": "obj"}[k]


class Gen(GeneratorForms, TypingForms, ProtocolForms, MatchForms, EnumForms, NumtowerForms, DunderForms,
          DynamicForms):
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
        head = [f"# difftest program, seed {self.seed}"]
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
            self.fixed_lines = len(prelude)
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
