"""Generator forms of the random program generator (`gen.py`).

A mixin of `gen.Gen`: `s_generator` writes a nested generator function and
consumes it right away, in one of several shapes (yield in a loop, a return
value collected by `yield from`, `next(g, default)`, a `for` loop broken out
of while the generator sits in a `try`/`finally`, a generator expression
stored in a variable, a `@contextmanager` manager in a `with`), and
`for` loops over chains of module-level generators that multigen fuses
with the loop (`fused_gens`, `s_fused_loop`). Kept apart
from `gen.py` to keep that file's size in check.
"""

INT, BOOL, STR = "int", "bool", "str"
# `gen.py`'s precedence of `or`: comprehension clauses take an `or_test`.
P_OR = 2
LIST_INT = ("list", "int")


class GeneratorForms:
    """Statements built around generators (methods of `gen.Gen`)."""

    def g_int_of(self, ctx, name):
        """An int expression over the enclosing variables and `name`."""
        lctx = self.lambda_ctx(ctx, name, INT)
        return self.wrap_int(self.gen(INT, lctx, 1))

    def g_cond_of(self, ctx, name):
        lctx = self.lambda_ctx(ctx, name, INT)
        return self.gen(BOOL, lctx, 1)

    def g_small_list(self, ctx):
        return self.wrap_len(self.gen(LIST_INT, ctx, 1), LIST_INT, 6)

    def s_generator(self, ctx):
        if ctx.module_level or ctx.func is None or ctx.in_comp:
            return None
        forms = [(3, "loop"), (2, "ret"), (2, "next"), (2, "finally"), (2, "genexpr")]
        if ctx.depth < ctx.max_depth and ctx.budget[0] >= 8:
            forms.append((3, "cm"))
        form = self.wpick(forms)
        self.uses_typing.add("Iterator")
        g = ctx.fresh("gen")
        if form == "loop":
            i = ctx.fresh("i")
            cond = self.g_cond_of(ctx, i)
            val = self.g_int_of(ctx, i)
            lines = [f"def {g}(n: int) -> Iterator[int]:",
                     f"    for {i} in range(n):",
                     f"        if {cond.c}:",
                     f"            yield {val.c}"]
            n = self.r.randint(0, 6)
            use = self.pick(["list", "sum", "sorted", "for"])
            if use == "for":
                v = ctx.fresh("v")
                return lines + [f"for {v} in {g}({n}):", f"    print({g!r}, {v})"]
            return lines + [f"print({g!r}, {use}({g}({n})))"]
        if form == "ret":
            self.uses_typing.add("Generator")
            k = ctx.fresh("k")
            h = ctx.fresh("outer")
            val = self.g_int_of(ctx, k)
            word = self.pick(["done", "end", "r"])
            return [f"def {g}(n: int) -> Generator[int, None, str]:",
                    f"    {k} = 0",
                    f"    while {k} < n:",
                    f"        yield {val.c}",
                    f"        {k} += 1",
                    f"    return {word!r} + str({k})",
                    f"def {h}(n: int) -> Iterator[int]:",
                    f"    r = yield from {g}(n)",
                    f"    print({h!r}, r)",
                    "    yield -1",
                    f"print(list({h}({self.r.randint(0, 4)})))"]
        if form == "next":
            a = ctx.fresh("a")
            it = ctx.fresh("it")
            val = self.g_int_of(ctx, a)
            cond = self.g_cond_of(ctx, a)
            arg = self.wrap_int(self.gen(INT, ctx, 1))
            d = self.r.randint(-3, 3)
            return [f"def {g}({a}: int) -> Iterator[int]:",
                    f"    yield {a}",
                    f"    yield {val.c}",
                    f"    if {cond.c}:",
                    f"        yield {a} + 1",
                    f"{it} = {g}({arg.c})",
                    f"print(next({it}), next({it}, {d}), next({it}, {d}), next({it}, {d}))"]
        if form == "finally":
            x = ctx.fresh("x")
            v = ctx.fresh("v")
            val = self.g_int_of(ctx, x)
            xs = self.g_small_list(ctx)
            return [f"def {g}(xs: list[int]) -> Iterator[int]:",
                    "    try:",
                    f"        for {x} in xs:",
                    f"            yield {val.c}",
                    "    finally:",
                    f"        print({'cleanup ' + g!r})",
                    f"for {v} in {g}({xs.c}):",
                    f"    if {v} > {self.r.randint(-5, 20)}:",
                    "        break",
                    f"    print({g!r}, {v})",
                    f"print({'after ' + g!r})"]
        if form == "genexpr":
            x = ctx.fresh("x")
            val = self.g_int_of(ctx, x)
            cond = self.g_cond_of(ctx, x)
            xs = self.g_small_list(ctx)
            ann = ": Iterator[int]" if self.chance(0.5) else ""
            head = f"{g}{ann} = ({val.c} for {x} in {xs.at(P_OR)} if {cond.at(P_OR)})"
            use = self.pick(["list", "sum", "sorted", "for"])
            if use == "for":
                v = ctx.fresh("v")
                return [head, f"for {v} in {g}:", f"    print({g!r}, {v})"]
            return [head, f"print({g!r}, {use}({g}))"]
        return self.cm_with(ctx, g)

    def cm_with(self, ctx, g):
        """A `@contextmanager` generator printing on entry and exit, used
        in a `with`; when it swallows exceptions the body may raise."""
        self.uses_cm = True
        swallow = self.chance(0.5)
        tag = ctx.fresh("t")
        v = ctx.fresh("v")
        y = self.wrap_int(self.gen(INT, self.lambda_ctx(ctx, None, None), 1))
        lines = ["@contextmanager",
                 f"def {g}(tag: str) -> Iterator[int]:",
                 "    print('enter', tag)",
                 "    try:",
                 f"        yield {y.c}"]
        if swallow:
            lines += ["    except Exception as e:",
                      "        print('swallowed', tag, type(e).__name__)"]
        lines += ["    finally:", "        print('exit', tag)"]
        tol = frozenset(self.exc_kinds_available()) if swallow else ctx.tol
        body_ctx = ctx.child(tol=tol, depth=ctx.depth + 1, try_depth=ctx.try_depth + 1)
        body = [f"print({tag!r}, {v})"] + self.block(body_ctx, self.r.randint(1, 3))
        if swallow:
            risky = self.risky_stmt(ctx.child(tol=tol), list(self.exc_kinds_available())[:2])
            if risky:
                body += risky
        head = f"with {g}({tag!r}) as {v}:"
        if self.chance(0.2):
            head = f"with {g}({tag!r}) as {v}, {g}({tag + 'b'!r}):"
        return lines + [head] + self.indent(body) + [f"print('after', {tag!r})"]

    # ----- module-level generators for fused loops -----

    def fused_gens(self):
        """A few module-level generator functions simple enough to be fused
        with the `for` loops over them (a source, stages over a source
        parameter, a pair stage), some of which may raise or `return`."""
        self.uses_typing.add("Iterator")
        self.fz_sources, self.fz_stages = [], []
        lines = []
        for i in range(self.r.randint(1, 2)):
            name = f"fz_src{i}"
            k = self.r.randint(-1, 6)
            body = [f"def {name}(n: int) -> Iterator[int]:"]
            if self.chance(0.5):
                body += ["    i = 0", "    while i < n:"]
                inner = ["        yield " + self.fz_expr("i", k), "        i += 1"]
                if self.chance(0.3):
                    inner.insert(0, f"        if i == {k + 2}:")
                    inner.insert(1, "            return")
                body += inner
            else:
                body += ["    for i in range(n):",
                         f"        if i % {self.r.randint(2, 3)} != {self.r.randint(0, 1)}:",
                         "            yield " + self.fz_expr("i", k)]
                if self.chance(0.4):
                    body += ["    else:", f"        print({name!r}, 'exhausted')"]
            lines += body + ["", ""]
            self.fz_sources.append(name)
        for i in range(self.r.randint(1, 3)):
            name = f"fz_stage{i}"
            k = self.r.randint(-2, 8)
            form = self.r.randint(0, 3)
            if form == 3:
                body = [f"def {name}(xs: Iterator[int], k: int = {k}) -> Iterator[tuple[int, int]]:",
                        "    prev = k", "    for x in xs:", "        yield (prev, x)", "        prev = x"]
                self.fz_stages.append((name, True))
            else:
                body = [f"def {name}(xs: Iterator[int], k: int = {k}) -> Iterator[int]:"]
                if form == 0:
                    body += ["    for x in xs:", "        yield " + self.fz_expr("x", "k")]
                elif form == 1:
                    body += ["    total = 0", "    for x in xs:",
                             "        total += x",
                             f"        if total > {self.r.randint(5, 40)}:",
                             "            return",
                             "        yield total"]
                else:
                    body += ["    for x in xs:",
                             "        if x % 2 == 0:",
                             "            continue",
                             "        yield x",
                             "        yield -x"]
                self.fz_stages.append((name, False))
            lines += body + ["", ""]
        return lines

    def fz_expr(self, v, k):
        """An int expression of `v` that may divide by zero (at `v == k`)."""
        return self.pick([f"{v} * {self.r.randint(1, 5)}", f"{v} + {k}",
                          f"{self.r.randint(10, 99)} // ({v} - {k})", f"({v} * {v}) % {self.r.randint(3, 9)}"])

    def s_fused_loop(self, ctx):
        """A `for` loop over a chain of the module-level generators, with
        `continue`, `break`, `else` and a body that may divide by zero, in
        a `try` that catches what the generators and the body raise."""
        if ctx.in_comp or not getattr(self, "fz_sources", None):
            return None
        call = f"{self.pick(self.fz_sources)}({self.r.randint(0, 8)})"
        pairs = False
        for _ in range(self.r.randint(0, 3)):
            name, pairs = self.pick(self.fz_stages)
            if self.chance(0.5):
                call = f"{name}({call}, {self.r.randint(-2, 6)})"
            else:
                call = f"{name}({call})"
            if pairs:
                break
        v = ctx.fresh("v")
        item = f"{v}, {v}b" if pairs else v
        k = self.r.randint(-3, 12)
        body = [f"    print({v!r}, {item})"]
        if self.chance(0.5):
            body.insert(0, f"    if {v} % 3 == {self.r.randint(0, 2)}:")
            body.insert(1, "        continue")
        if self.chance(0.5):
            body += [f"    if {v} == {k}:", "        break"]
        if self.chance(0.4):
            body += [f"    print({self.r.randint(10, 99)} // ({v} - {self.r.randint(-3, 12)}))"]
        loop = [f"for {item} in {call}:"] + body
        if self.chance(0.5):
            loop += ["else:", f"    print({'else ' + v!r})"]
        return (["try:"] + self.indent(loop) +
                ["except ZeroDivisionError as e:", f"    print({'caught ' + v!r}, e)"])
