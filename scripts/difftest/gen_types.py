"""The program model of the random program generator (`gen.py`): types
written as strings, expression precedences and bounds, literal pools, and
the classes that describe variables, functions, classes and the context of
the code being generated. Shared by `gen.py` and its mixins.
"""

import re

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
