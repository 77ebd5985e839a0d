"""Dynamic values in the random program generator (`gen.py`).

A mixin of `gen.Gen` for unions and `Any`: union-typed variables assigned
values of several types and narrowed with `isinstance` in the prelude's
helpers, lists of `int | str`, and nested JSON-like data held as
`dict[str, Any]` that is printed, walked, summed and operated on with the
run-time dispatch of `Any` (whose `TypeError`s are caught and printed).
"""

INT, STR = "int", "str"
# Special methods that make multigen refuse `dy_op`'s operators on `Any`.
DUNDERS = ["add", "radd", "sub", "rsub", "mul", "rmul", "len", "bool", "contains", "iter", "getitem"]
LIST_INT = ("list", "int")


class DynamicForms:
    """Unions and `Any` (methods of `gen.Gen`)."""

    def dynamic_allowed(self, parts):
        """Whether no class so far defines a special method that multigen's
        dynamic operators would have to call (it refuses such programs)."""
        text = "\n".join(line for p in parts for line in p)
        if getattr(self, "uses_enum", False) or hasattr(self, "dunder_variant"):
            return False
        return not any(f"def __{m}__" in text for m in DUNDERS)

    def dynamic_prelude(self):
        """The module-level helpers `s_dynamic` calls."""
        self.uses_typing.update(["Any", "Union"])
        self.dynamic_on = True
        return [
            "def dy_show(x: int | str) -> str:",
            "    if isinstance(x, int):",
            "        return 'i' + str(x * 2)",
            "    return 's' + x.upper()",
            "",
            "",
            "def dy_kind(x: Union[int, float, str, None]) -> str:",
            "    if x is None:",
            "        return 'none'",
            "    if isinstance(x, (int, float)):",
            "        return 'num ' + repr(x + 1)",
            "    return 'str ' + repr(x)",
            "",
            "",
            "def dy_walk(x: Any, depth: int) -> int:",
            "    pad = '  ' * depth",
            "    if isinstance(x, dict):",
            "        n = 0",
            "        for k, v in x.items():",
            "            print(pad + str(k) + ':')",
            "            n += dy_walk(v, depth + 1)",
            "        return n",
            "    if isinstance(x, list):",
            "        n = 0",
            "        for v in x:",
            "            n += dy_walk(v, depth + 1)",
            "        return n",
            "    if isinstance(x, bool):",
            "        print(pad + ('yes' if x else 'no'))",
            "        return 1",
            "    if isinstance(x, int):",
            "        print(pad + 'int ' + str(x))",
            "        return 1",
            "    print(pad + repr(x))",
            "    return 1",
            "",
            "",
            "def dy_num(x: Any) -> float:",
            "    if isinstance(x, bool):",
            "        return 0.5",
            "    if isinstance(x, (int, float)):",
            "        return float(x)",
            "    t = 0.0",
            "    if isinstance(x, dict):",
            "        for v in x.values():",
            "            t += dy_num(v)",
            "    elif isinstance(x, list):",
            "        for v in x:",
            "            t += dy_num(v)",
            "    return t",
            "",
            "",
            "def dy_op(a: Any, b: Any, op: str) -> Any:",
            "    try:",
            "        if op == '+':",
            "            return a + b",
            "        if op == '*':",
            "            return a * b",
            "        if op == '-':",
            "            return a - b",
            "        if op == '<':",
            "            return a < b",
            "        if op == 'in':",
            "            return a in b",
            "        if op == 'len':",
            "            return len(a)",
            "        if op == '[]':",
            "            return a[b]",
            "        return a == b",
            "    except (TypeError, KeyError, IndexError) as e:",
            "        return type(e).__name__ + ': ' + str(e)",
            "",
            "",
        ]

    def json_value(self, depth):
        """A random JSON-like literal (nested dicts and lists of scalars)."""
        r = self.r
        kinds = ["int", "float", "str", "bool", "none"]
        if depth < 3:
            kinds += ["list", "dict", "list", "dict"]
        k = self.pick(kinds)
        if k == "int":
            return str(r.randint(-20, 99))
        if k == "float":
            return self.pick(["0.5", "1.25", "-2.0", "3.75", "1e3"])
        if k == "str":
            return repr(self.pick(["a", "bc", "x y", "", "Q"]))
        if k == "bool":
            return self.pick(["True", "False"])
        if k == "none":
            return "None"
        n = r.randint(0, 3)
        if k == "list":
            return "[" + ", ".join(self.json_value(depth + 1) for _ in range(n)) + "]"
        keys = r.sample(["k", "id", "v", "name", "items"], n)
        return "{" + ", ".join(f"{key!r}: {self.json_value(depth + 1)}" for key in keys) + "}"

    def s_dynamic(self, ctx):
        """One use of unions or `Any`."""
        if not getattr(self, "dynamic_on", False) or ctx.in_comp:
            return None
        form = self.pick(["union", "union_list", "json", "op", "kind"])
        tag = repr(f"dy_{form}")
        if form == "union":
            u = ctx.fresh("u")
            a = self.gen(INT, ctx, 1)
            b = self.gen(STR, ctx, 1)
            c = self.gen("bool", ctx, 1)
            first, second = (a, b) if self.chance(0.5) else (b, a)
            return [
                f"{u}: int | str = {first.c}",
                f"if {c.c}:",
                f"    {u} = {second.c}",
                f"print({tag}, {u}, repr({u}), dy_show({u}), {u} == ({a.c}))",
            ]
        if form == "union_list":
            xs = ctx.fresh("us")
            a = self.gen(LIST_INT, ctx, 1)
            s = self.gen(STR, ctx, 1)
            i = self.gen(INT, ctx, 1)
            return [
                f"{xs}: list[int | str] = [{s.c}]",
                f"for {xs}_v in {a.at(2)}:",
                f"    {xs}.append({xs}_v)",
                f"{xs}.append({i.c})",
                f"print({tag}, {xs}, len({xs}), ({i.c}) in {xs}, [dy_show(v) for v in {xs}])",
            ]
        if form == "kind":
            x = self.pick([self.gen(INT, ctx, 1).c, self.gen(STR, ctx, 1).c, "None", "2.5"])
            return [f"print({tag}, dy_kind({x}))"]
        d = ctx.fresh("data")
        lit = self.json_value(1) if self.chance(0.3) else (
            "{" + ", ".join(f"{k!r}: {self.json_value(1)}" for k in self.r.sample(["a", "b", "c", "d"], 3)) + "}")
        if form == "json":
            lines = [f"{d}: Any = {lit}", f"print({tag}, {d})", f"print({tag}, dy_walk({d}, 0), dy_num({d}))"]
            if lit.startswith("{") and lit != "{}":
                lines.append(f"print({tag}, len({d}), {d} == {d}, 'a' in {d})")
            return lines
        a = self.pick([self.json_value(2), self.gen(INT, ctx, 1).c, self.gen(STR, ctx, 1).c])
        op = self.pick(["+", "*", "-", "<", "==", "in", "len", "[]"])
        # A small factor keeps repeated sequences small.
        b = str(self.r.randint(-2, 3)) if op == "*" else self.pick(
            [self.json_value(2), str(self.r.randint(-2, 4)), repr("a")])
        return [f"{d}: Any = {a}", f"print({tag}, dy_op({d}, {b}, {op!r}))"]
