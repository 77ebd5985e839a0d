"""The standard library in the random program generator (`gen.py`).

A mixin of `gen.Gen` for the modules of multigen's `lib/` (docs/stdlib.md):
`heapq` and `bisect` over lists of ints, floats, strs, tuples and objects
ordered by `__lt__` (a plain class, a subclass overriding it and an
`order=True` dataclass, defined at module level when a program uses them;
heaps also of the program's own classes with `__lt__`),
with `key=` lambdas, `lo`/`hi`, and the empty heap's `IndexError` and a
negative `lo`'s `ValueError` only where the exception is tolerated; `sys`
output (`print(..., file=sys.stderr)`, `flush=True`, `sys.stdout.write`,
`sys.stderr.write`), `sys.maxsize` in arithmetic that stays inside 64 bits,
`sys`'s constants, `time`'s clocks, `input()` at end of input, a caught
`SystemExit`, and `sys.exit(n)` ending `main` in a few programs.

Every decision about whether and where to use the library is drawn from a
random stream of its own (`random.Random(f"stdlib {seed}")`), so that the
programs that do not use it are byte for byte those the generator wrote
before; the statements themselves use the generator's stream (their
expressions come from `gen`), which only changes programs that use them.
"""

import random

from gen_types import FLOAT, INT, STR, WORDS, C, L, T

# Share of the programs that may use the library, and in those the chance
# that a statement slot gets a library statement.
P_STDLIB_PROGRAM = 0.35
STDLIB_RATES = [0.06, 0.1, 0.15]
# Chance that a risky IndexError/ValueError statement is a library one.
P_STDLIB_RISKY = 0.3
# Chance that a program using the library ends main with `sys.exit(n)`
# (when main would otherwise end normally). Exit status 1 is left out: the
# runner reads a status 1 without a traceback as a broken program.
P_STDLIB_EXIT = 0.15
EXIT_CODES = ["0", "2", "3", "5", "", "None"]

# The element kinds of the lists given to heapq and bisect.
ELEMS = ["int", "float", "str", "tuple", "job", "task"]
# Finite float literals: NaN would make `<` no order at all, and multigen's
# nsmallest/nlargest give sorted()'s results, which equal CPython's heap
# algorithm's only for a consistent order (docs/stdlib.md).
FLOATS = ["0.5", "-0.0", "0.0", "2.25", "-1.5", "1e-3", "float('inf')", "-7.75", "3.0"]

STDLIB_PRELUDE = [
    "class SlJob:",
    "    def __init__(self, prio: int, name: str) -> None:",
    "        self.prio = prio",
    "        self.name = name",
    "",
    "    def __lt__(self, other: 'SlJob') -> bool:",
    "        return self.prio < other.prio",
    "",
    "    def __repr__(self) -> str:",
    "        return f'SlJob({self.prio}, {self.name!r})'",
    "",
    "",
    "class SlUrgent(SlJob):",
    "    # Not consistent with the base's order on purpose: heapq and bisect",
    "    # must make CPython's comparisons in CPython's order to agree.",
    "    def __lt__(self, other: 'SlJob') -> bool:",
    "        return self.prio - 3 < other.prio",
    "",
    "    def __repr__(self) -> str:",
    "        return f'SlUrgent({self.prio}, {self.name!r})'",
    "",
    "",
    "@dataclass(order=True)",
    "class SlTask:",
    "    prio: int",
    "    tag: str",
    "",
    "",
]


class StdlibForms:
    """heapq, bisect, sys, time and input() (methods of `gen.Gen`)."""

    def stdlib_init(self, seed):
        self.sl_r = random.Random(f"stdlib {seed}")
        self.sl_on = self.sl_r.random() < P_STDLIB_PROGRAM
        self.sl_rate = self.sl_r.choice(STDLIB_RATES)
        self.sl_imports = set()  # modules the program's statements used
        self.sl_classes = False  # whether the prelude's classes are used

    # ------------------------------------------------------------ hooks

    def stdlib_stmt(self, ctx):
        """A library statement for this slot now and then (None otherwise)."""
        if not self.sl_on or ctx.in_comp or self.sl_r.random() >= self.sl_rate:
            return None
        return self.s_stdlib(ctx)

    def stdlib_risky(self, ctx, x):
        """A library statement raising x (IndexError or ValueError), or None."""
        if not self.sl_on or x not in ("IndexError", "ValueError") or self.sl_r.random() >= P_STDLIB_RISKY:
            return None
        et = self.sl_elem_kind()
        # (A display of at least one element: `[]` alone has no element type.)
        xs = self.sl_list(et, ctx, self.r.randint(1, 3), consistent=True)
        if x == "IndexError":
            self.sl_imports.add("heapq")
            pop = self.pick([f"heapq.heappop({xs}[:{self.r.randint(0, 1)}])",
                             f"heapq.heapreplace({xs}[:0], {self.sl_elem(et, ctx)})"])
            return [f"print('heap', {pop})"]
        self.sl_imports.add("bisect")
        fn = self.pick(["bisect_left", "bisect_right", "bisect", "insort", "insort_left"])
        lo = self.r.randint(-4, -1)
        return [f"print('bisect', bisect.{fn}(sorted({xs}), {self.sl_elem(et, ctx)}, {lo}))"]

    def stdlib_ending(self, ctx):
        """`sys.exit(n)` at the end of main in a few programs using the library."""
        if not self.sl_on or self.ending != "none" or self.sl_r.random() >= P_STDLIB_EXIT:
            return []
        self.sl_imports.add("sys")
        return [f"sys.exit({self.sl_r.choice(EXIT_CODES)})", "print('unreachable?')"]

    def stdlib_head(self):
        """The import lines of the modules the program used."""
        return [f"import {m}" for m in sorted(self.sl_imports)]

    def stdlib_prelude(self):
        """The module-level classes, when the program uses them."""
        if not self.sl_classes:
            return []
        self.uses_dc = True
        return list(STDLIB_PRELUDE)

    # ------------------------------------------------------------ pieces

    def sl_elem_kind(self, own=False):
        """The element kind of a list. own: the program's own classes with
        `__lt__` too (their `__lt__` may compare floats that are NaN, so they
        are only given to heap operations, which make CPython's comparisons,
        never to `sorted` or `nsmallest`)."""
        # The dynamic prelude is kept away from classes with special methods
        # (gen_dynamic.py): no objects where it is.
        kinds = ELEMS if not getattr(self, "dynamic_on", False) else ELEMS[:4]
        own_cls = [n for n in self.class_order if self.classes[n].has_lt] if own else []
        if own_cls and self.chance(0.3):
            self.sl_cls = self.pick(own_cls)
            return "cls"
        return self.pick(kinds)

    def sl_small_int(self, ctx):
        """An int expression within a few thousand (for elements and priorities)."""
        return self.wrap_int(self.gen(INT, ctx, 1), bound=1000).c

    def sl_elem(self, et, ctx, consistent=False):
        """An element of kind et. consistent: no SlUrgent (its order
        disagrees with the base's), for nsmallest/nlargest."""
        if et == "int":
            return self.sl_small_int(ctx)
        if et == "float":
            if self.chance(0.5):
                return self.pick(FLOATS)
            return f"({self.sl_small_int(ctx)}) / {self.pick(['2', '4', '8'])}"
        if et == "str":
            if self.chance(0.5):
                return repr(self.pick(WORDS))
            return self.wrap_len(self.gen(STR, ctx, 1), STR, 12).c
        if et == "tuple":
            return f"({self.pick(['0', '1', '2', '-1'])}, {self.pick(WORDS)!r})"
        if et == "cls":
            return self.gen(C(self.sl_cls), ctx, 1, sub_ok=True).c
        self.sl_classes = True
        prio = f"({self.sl_small_int(ctx)}) % 5"
        if et == "task":
            return f"SlTask({prio}, {self.pick(WORDS[:12])!r})"
        cls = "SlJob" if consistent or self.chance(0.6) else "SlUrgent"
        return f"{cls}({prio}, {self.pick(WORDS[:12])!r})"

    def sl_list(self, et, ctx, n, consistent=False):
        """A list display of n elements of kind et."""
        return "[" + ", ".join(self.sl_elem(et, ctx, consistent) for _ in range(n)) + "]"

    def sl_sorted(self, et, ctx, n, key=None):
        """A sorted list of n elements of kind et (`[]` when n is 0, whose
        element type the annotation it is assigned to gives). Consistent
        elements only: multigen's sort need not compare as CPython's does."""
        if n == 0:
            return "[]"
        return f"sorted({self.sl_list(et, ctx, n, consistent=True)}{', key=' + key if key else ''})"

    def sl_ann(self, et):
        if et == "cls":
            return f"list[{self.sl_cls}]"
        if et in ("job", "task"):
            # Named by the annotation even when the list is empty.
            self.sl_classes = True
        return {"int": "list[int]", "float": "list[float]", "str": "list[str]", "tuple": "list[tuple[int, str]]",
                "job": "list[SlJob]", "task": "list[SlTask]"}[et]

    def sl_key(self, et):
        """A key lambda for elements of kind et, and the kind of what it returns."""
        v = "v"
        forms = {
            "int": [(f"lambda {v}: -{v}", "int"), (f"lambda {v}: {v} % 7", "int"),
                    (f"lambda {v}: abs({v} - 5)", "int"), (f"lambda {v}: str({v})", "str")],
            "float": [(f"lambda {v}: -{v}", "float"), (f"lambda {v}: abs({v})", "float")],
            "str": [(f"lambda {v}: len({v})", "int"), (f"lambda {v}: {v}.lower()", "str"),
                    (f"lambda {v}: {v}[::-1]", "str"), ("len", "int")],
            "tuple": [(f"lambda {v}: {v}[1]", "str"), (f"lambda {v}: -{v}[0]", "int")],
            "job": [(f"lambda {v}: {v}.name", "str"), (f"lambda {v}: -{v}.prio", "int")],
            "task": [(f"lambda {v}: {v}.tag", "str"), (f"lambda {v}: {v}.prio", "int")],
        }
        return self.pick(forms[et])

    def sl_key_value(self, kt, ctx):
        """A value of what a key returns (kind kt), to bisect for."""
        if kt == "int":
            return self.sl_small_int(ctx)
        if kt == "float":
            return self.pick(FLOATS)
        return repr(self.pick(WORDS))

    # ------------------------------------------------------------ statements

    def s_stdlib(self, ctx):
        form = self.pick(["heap", "heap", "nsmall", "bisect", "bisect", "insort", "stderr", "stdout", "maxsize",
                          "consts", "time", "input", "exit_caught"])
        return getattr(self, "sl_" + form)(ctx)

    def sl_heap(self, ctx):
        """Heap operations on a fresh list, pops only while it is known not to be empty."""
        self.sl_imports.add("heapq")
        et = self.sl_elem_kind(own=True)
        h = ctx.fresh("hp")
        n = self.r.randint(0, 5)
        out = [f"{h}: {self.sl_ann(et)} = {self.sl_list(et, ctx, n)}"]
        if n > 1 or self.chance(0.5):
            out.append(f"heapq.heapify({h})")
        for _ in range(self.r.randint(1, 4)):
            op = self.pick(["push", "push", "pop", "pushpop", "replace", "print"])
            if op in ("pop", "replace") and n == 0:
                # An empty heap raises IndexError: only where it is caught.
                if "IndexError" not in ctx.tol:
                    op = "push"
            if op == "push":
                out.append(f"heapq.heappush({h}, {self.sl_elem(et, ctx)})")
                n += 1
            elif op == "pop":
                out.append(f"print('pop', heapq.heappop({h}))")
                n = max(n - 1, 0)
            elif op == "pushpop":
                out.append(f"print('pushpop', heapq.heappushpop({h}, {self.sl_elem(et, ctx)}), {h})")
            elif op == "replace":
                out.append(f"print('replace', heapq.heapreplace({h}, {self.sl_elem(et, ctx)}))")
            else:
                out.append(f"print('heap', {h}, len({h}))")
        if self.chance(0.4):
            out += [f"while {h}:", f"    print(heapq.heappop({h}), end=' ')", "print()"]
        elif self.chance(0.5):
            out.append(f"print({h}, [heapq.heappop({h}) for _ in range(len({h}))], {h})")
        else:
            out.append(f"print('heap', {h})")
        return out

    def sl_nsmall(self, ctx):
        """nsmallest and nlargest, with and without a key."""
        self.sl_imports.add("heapq")
        et = self.sl_elem_kind()
        xs = self.sl_list(et, ctx, self.r.randint(1, 6), consistent=True)
        k = self.r.randint(-1, 7)
        parts = []
        for fn in self.r.sample(["nsmallest", "nlargest"], self.r.randint(1, 2)):
            # SlJob's `==` is identity while its `<` has ties: CPython's
            # heap algorithm then orders tied items in its own way, which
            # multigen's sorted()-based functions do not reproduce (a
            # documented difference, docs/stdlib.md): always a key for it.
            if et == "job" or self.chance(0.6):
                key, _ = self.sl_key(et)
                parts.append(f"heapq.{fn}({k}, {xs}, key={key})")
            else:
                parts.append(f"heapq.{fn}({k}, {xs})")
        return [f"print('nsmall', {', '.join(parts)})"]

    def sl_bounds(self, n, ctx):
        """lo and hi arguments for a list of n items (hi past the end raises IndexError)."""
        args = []
        if self.chance(0.6):
            args.append(str(self.r.randint(0, n + 1)))
            if self.chance(0.6):
                top = n + 2 if "IndexError" in ctx.tol else n
                args.append(self.pick(["None", "-1", "-2", str(self.r.randint(0, top))]))
        if args and self.chance(0.4):
            # The same as keywords.
            args = [f"{name}={a}" for name, a in zip(["lo", "hi"], args)]
        return args

    def sl_bisect(self, ctx):
        """bisect_left/right/bisect on a sorted list, with lo/hi and key=."""
        self.sl_imports.add("bisect")
        et = self.sl_elem_kind()
        n = self.r.randint(0, 6)
        ys = ctx.fresh("ys")
        calls = []
        if self.chance(0.5):
            key, kt = self.sl_key(et)
            out = [f"{ys}: {self.sl_ann(et)} = {self.sl_sorted(et, ctx, n, key)}"]
            for fn in self.r.sample(["bisect_left", "bisect_right", "bisect"], self.r.randint(1, 3)):
                args = [ys, self.sl_key_value(kt, ctx)] + self.sl_bounds(n, ctx) + [f"key={key}"]
                calls.append(f"bisect.{fn}({', '.join(args)})")
        else:
            # Unsorted lists too now and then: the search is deterministic anyway.
            if n and self.chance(0.2):
                src = self.sl_list(et, ctx, n)
            else:
                src = self.sl_sorted(et, ctx, n)
            out = [f"{ys}: {self.sl_ann(et)} = {src}"]
            for fn in self.r.sample(["bisect_left", "bisect_right", "bisect"], self.r.randint(1, 3)):
                args = [ys, self.sl_elem(et, ctx)] + self.sl_bounds(n, ctx)
                calls.append(f"bisect.{fn}({', '.join(args)})")
        return out + [f"print('bisect', {', '.join(calls)})"]

    def sl_insort(self, ctx):
        """insort_left/right/insort into a sorted list, with lo/hi and key= (applied to x too)."""
        self.sl_imports.add("bisect")
        et = self.sl_elem_kind()
        n = self.r.randint(0, 5)
        ys = ctx.fresh("ys")
        key = self.sl_key(et)[0] if self.chance(0.5) else None
        out = [f"{ys}: {self.sl_ann(et)} = {self.sl_sorted(et, ctx, n, key)}"]
        for _ in range(self.r.randint(1, 3)):
            fn = self.pick(["insort_left", "insort_right", "insort"])
            args = [ys, self.sl_elem(et, ctx)] + self.sl_bounds(n, ctx) + ([f"key={key}"] if key else [])
            out.append(f"bisect.{fn}({', '.join(args)})")
            n += 1
        out.append(f"print('insort', {ys}, len({ys}))")
        return out

    def sl_printable(self, ctx):
        """A few printable expressions of the scope's scalar types."""
        return [self.gen(self.pick([INT, STR, FLOAT, L(INT), T(INT, STR)]), ctx, 1).c
                for _ in range(self.r.randint(1, 3))]

    def sl_stderr(self, ctx):
        """Output on stderr (compared as a whole by the runner, apart from stdout)."""
        self.sl_imports.add("sys")
        args = self.sl_printable(ctx)
        form = self.pick(["print", "print_sep", "write", "flush"])
        if form == "print":
            return [f"print('err', {', '.join(args)}, file=sys.stderr)"]
        if form == "print_sep":
            return [f"print({', '.join(args)}, sep={self.pick(['|', ', ', ''])!r}, end={self.pick(['!', '', ';'])!r},"
                    f" file=sys.stderr, flush=True)", "sys.stderr.write('\\n')"]
        if form == "write":
            return [f"sys.stderr.write(str({args[0]}) + '\\n')"]
        return [f"print('err', {args[0]}, file=sys.stderr)", "sys.stderr.flush()"]

    def sl_stdout(self, ctx):
        """sys.stdout.write, print(file=sys.stdout, flush=True), mixed with plain prints."""
        self.sl_imports.add("sys")
        args = self.sl_printable(ctx)
        form = self.pick(["write", "write_n", "print_file", "flush"])
        if form == "write":
            # Without a newline: the next print continues the line.
            return [f"sys.stdout.write({self.pick(['str', 'repr'])}({args[0]}))"]
        if form == "write_n":
            w = ctx.fresh("nw")
            ctx.declare(w, INT)
            return [f"{w} = sys.stdout.write('out ' + repr({args[0]}) + '\\n')", f"print('wrote', {w})"]
        if form == "print_file":
            return [f"print('out', {', '.join(args)}, file=sys.stdout, flush={self.pick(['True', 'False'])})"]
        return [f"print({', '.join(args)}, end='')", "sys.stdout.flush()", "print(flush=True)"]

    def sl_maxsize(self, ctx):
        """sys.maxsize in arithmetic that stays inside 64 bits (the operands are
        under 10**8, so the sums and differences cannot pass 2**63 - 1)."""
        self.sl_imports.add("sys")
        x = self.wrap_int(self.gen(INT, ctx, 1)).at(0)
        parts = self.r.sample([
            f"sys.maxsize % {self.pick([1009, 97, 65536, 10 ** 9 + 7])}",
            f"sys.maxsize // {self.pick(['10 ** 12', '3', '2 ** 40', '-7'])}",
            f"sys.maxsize - abs({x})",
            f"-sys.maxsize - 1 + abs({x})",
            f"({x}) < sys.maxsize",
            f"min({x}, sys.maxsize)",
            f"float(sys.maxsize)",
            f"sys.maxsize >> {self.r.randint(1, 62)}",
            f"sys.maxsize & 0xFFFF",
            f"sys.maxsize == 2 ** 62 - 1 + 2 ** 62",
            f"str(sys.maxsize)[:{self.r.randint(1, 19)}]",
            f"len(str(-sys.maxsize))",
        ], self.r.randint(1, 4))
        out = [f"print('maxsize', {', '.join(parts)})"]
        if self.chance(0.4):
            # A value derived from it that the generator's int bounds admit (under 10**8).
            m = ctx.fresh("n")
            out.append(f"{m} = sys.maxsize // 10 ** 11 - abs({x}) % 1000")
            ctx.declare(m, INT)
        return out

    def sl_consts(self, ctx):
        """sys's constants (not argv[0], which an executable sees as its own path)."""
        self.sl_imports.add("sys")
        parts = self.r.sample(["sys.platform", "sys.byteorder", "sys.version_info >= (3, 8)",
                               "sys.version_info[:2]", "sys.version_info[0]", "sys.getrecursionlimit()",
                               "len(sys.argv)", "sys.argv[1:]", "sys.version_info < (3, 11, 0)"],
                              self.r.randint(1, 4))
        return [f"print('sys', {', '.join(parts)})"]

    def sl_time(self, ctx):
        """time's clocks, compared only with themselves."""
        self.sl_imports.add("time")
        t = ctx.fresh("tm")
        clock = self.pick(["perf_counter", "monotonic", "time", "process_time"])
        return [f"{t} = time.{clock}()",
                f"time.sleep({self.pick(['0', '0.0', '0.001'])})",
                f"print('time', time.{clock}() >= {t}, time.{clock}_ns() > 0, type({t}).__name__)"]

    def sl_input(self, ctx):
        """input() at the end of input (the runner's stdin is empty)."""
        e = ctx.fresh("e")
        line = ctx.fresh("line")
        prompt = self.pick(["", "'> '", "'name? '"])
        return ["try:", f"    {line} = input({prompt})", f"    print('read', {line})",
                f"except EOFError as {e}:", f"    print('eof', {self.pick([e, f'repr({e})', f'type({e}).__name__'])})"]

    def sl_exit_caught(self, ctx):
        """sys.exit caught as SystemExit (its code printed through str and repr)."""
        self.sl_imports.add("sys")
        e = ctx.fresh("e")
        code = self.pick(["0", "3", "", "'bye'", f"{self.sl_small_int(ctx)}"])
        return ["try:", f"    sys.exit({code})", "    print('unreachable?')",
                f"except SystemExit as {e}:", f"    print('exit caught', repr({e}), str({e}))"]
