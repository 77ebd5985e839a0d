"""Generator forms of the random program generator (`gen.py`).

A mixin of `gen.Gen`: `s_generator` writes a nested generator function and
consumes it right away, in one of several shapes (yield in a loop, a return
value collected by `yield from`, `next(g, default)`, a `for` loop broken out
of while the generator sits in a `try`/`finally`, a generator expression
stored in a variable, a `@contextmanager` manager in a `with`). Kept apart
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
