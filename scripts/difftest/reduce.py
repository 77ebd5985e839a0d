#!/usr/bin/env python3
"""Reduce a program on which multigen and CPython disagree.

    scripts/difftest/reduce.py PROG.py [--mode jit|jit-O0|aot] [-o OUT.py] [--seconds T]

The program's behaviour is classified first (common.classify: mismatch with
its kinds of difference, or crash). The reducer then works on the syntax tree
(ast) and keeps a change only when the changed program is still valid Python
that CPython runs without a generator-type error (TypeError, NameError, ...),
multigen still accepts it, and the same kind of disagreement remains:

1. delete statements: delta debugging (ddmin) over every statement list
   (module, function and class bodies, if/for/while/try branches, handlers);
2. replace a compound statement (if/for/while/try) by its body, a function's
   call by nothing, an else/finally by nothing;
3. simplify expressions: drop print arguments, replace an operation by one of
   its operands, shorten list/dict/set/tuple displays, replace literals.

Passes repeat until nothing changes. The result is written to OUT
(default PROG.min.py) and re-checked. Standard library only.
"""

import argparse
import ast
import copy
import hashlib
import os
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402


class Reducer:
    def __init__(self, text, mode, multigen, deadline, quiet):
        self.mode = mode
        self.multigen = multigen
        self.deadline = deadline
        self.quiet = quiet
        self.cache = {}
        self.tests = 0
        self.tmp = tempfile.mkdtemp(prefix="difftest-reduce-")
        cat, detail, py, mg = common.classify(self.write(text), mode, multigen)
        self.sig = common.signature(cat, detail)
        self.category, self.detail = cat, detail
        self.best = text

    def write(self, text):
        p = os.path.join(self.tmp, "prog.py")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(text)
        return p

    def interesting(self, text):
        key = hashlib.sha1(text.encode()).hexdigest()
        if key in self.cache:
            return self.cache[key]
        try:
            compile(text, "prog.py", "exec")
        except (SyntaxError, ValueError):
            self.cache[key] = False
            return False
        self.tests += 1
        cat, detail, _, _ = common.classify(self.write(text), self.mode, self.multigen)
        ok = common.signature(cat, detail) == self.sig
        self.cache[key] = ok
        return ok

    def out_of_time(self):
        return self.deadline is not None and time.time() > self.deadline

    # ---------------------------------------------------------------- tree helpers

    def unparse(self, tree):
        return ast.unparse(ast.fix_missing_locations(tree)) + "\n"

    def try_tree(self, tree):
        try:
            text = self.unparse(tree)
        except Exception:
            return False
        if len(text) >= len(self.best) and text != self.best:
            pass
        if self.interesting(text):
            self.best = text
            return True
        return False

    @staticmethod
    def stmt_lists(tree):
        """(node, field) for every statement list in the tree, outermost first."""
        out = []
        for node in ast.walk(tree):
            for field in ("body", "orelse", "finalbody", "handlers"):
                v = getattr(node, field, None)
                if isinstance(v, list) and v and isinstance(v[0], (ast.stmt, ast.excepthandler)):
                    out.append((node, field))
        return out

    def lists(self):
        tree = ast.parse(self.best)
        return tree, self.stmt_lists(tree)

    # ---------------------------------------------------------------- passes

    def pass_delete(self):
        """ddmin over each statement list."""
        changed = False
        i = 0
        while True:
            tree, lists = self.lists()
            if i >= len(lists) or self.out_of_time():
                break
            node, field = lists[i]
            items = getattr(node, field)
            n = len(items)
            removed_any = False
            chunk = max(n // 2, 1)
            while chunk >= 1 and not self.out_of_time():
                start = 0
                progress = False
                while start < len(getattr(node, field)):
                    cur = getattr(node, field)
                    if any(isinstance(s, (ast.Import, ast.ImportFrom)) for s in cur[start:start + chunk]):
                        start += chunk  # keep imports: reproducers stay readable
                        continue
                    cand = cur[:start] + cur[start + chunk:]
                    mandatory = field in ("body", "handlers") and not isinstance(node, ast.Module)
                    if not cand and mandatory:
                        if field == "handlers" and not getattr(node, "finalbody", None):
                            start += chunk
                            continue
                        if field == "body":
                            cand = [ast.Pass()]
                    if cand == cur or (len(cand) == 1 and isinstance(cand[0], ast.Pass) and len(cur) == 1 and isinstance(cur[0], ast.Pass)):
                        start += chunk
                        continue
                    setattr(node, field, cand)
                    if self.try_tree(tree):
                        removed_any = progress = changed = True
                        # re-parse to keep the tree in sync with self.best
                        tree, lists = self.lists()
                        node, field = lists[i] if i < len(lists) else (None, None)
                        if node is None:
                            break
                    else:
                        setattr(node, field, cur)
                        start += chunk
                if node is None:
                    break
                if not progress:
                    chunk //= 2
            i += 1
        return changed

    def pass_hoist(self):
        """Replace compound statements by (one of) their bodies."""
        changed = False
        idx = 0
        while not self.out_of_time():
            tree, lists = self.lists()
            # flatten: (list owner, field, position) for compound statements
            sites = []
            for node, field in lists:
                for pos, st in enumerate(getattr(node, field)):
                    if isinstance(st, (ast.If, ast.For, ast.While, ast.Try, ast.With)):
                        sites.append((node, field, pos))
            if idx >= len(sites):
                break
            node, field, pos = sites[idx]
            st = getattr(node, field)[pos]
            options = [st.body]
            if isinstance(st, (ast.If, ast.For, ast.While)) and st.orelse:
                options.append(st.orelse)
            if isinstance(st, ast.Try):
                options += [h.body for h in st.handlers]
                if st.finalbody:
                    options.append(st.body + st.finalbody)
            done = False
            for repl in options:
                cur = getattr(node, field)
                setattr(node, field, cur[:pos] + copy.deepcopy(repl) + cur[pos + 1:])
                if self.try_tree(tree):
                    changed = done = True
                    break
                setattr(node, field, cur)
            if not done:
                # drop else/finally branches
                for attr in ("orelse", "finalbody"):
                    if getattr(st, attr, None):
                        old = getattr(st, attr)
                        if isinstance(st, ast.Try) and attr == "finalbody" and not st.handlers:
                            continue
                        setattr(st, attr, [])
                        if self.try_tree(tree):
                            changed = done = True
                            break
                        setattr(st, attr, old)
            if not done:
                idx += 1
        return changed

    def expr_sites(self, tree):
        out = []
        for node in ast.walk(tree):
            for field, value in ast.iter_fields(node):
                if isinstance(value, ast.expr):
                    out.append((node, field, None))
                elif isinstance(value, list):
                    for i, v in enumerate(value):
                        if isinstance(v, ast.expr):
                            out.append((node, field, i))
        return out

    @staticmethod
    def simpler(e):
        """Candidate replacements of expression e, simplest first."""
        c = []
        if isinstance(e, ast.BinOp):
            c += [e.left, e.right]
        elif isinstance(e, ast.BoolOp):
            c += list(e.values)
        elif isinstance(e, ast.UnaryOp):
            c.append(e.operand)
        elif isinstance(e, ast.IfExp):
            c += [e.body, e.orelse]
        elif isinstance(e, ast.Compare):
            c.append(e.left)
            c += list(e.comparators)
            if len(e.comparators) > 1:
                c.append(ast.Compare(e.left, e.ops[:1], e.comparators[:1]))
        elif isinstance(e, ast.Call):
            c += list(e.args)
            if isinstance(e.func, ast.Attribute):
                c.append(e.func.value)
        elif isinstance(e, ast.Subscript):
            c.append(e.value)
        elif isinstance(e, (ast.List, ast.Tuple, ast.Set)) and len(e.elts) > 1:
            c.append(type(e)(elts=e.elts[:1], ctx=getattr(e, "ctx", ast.Load())) if not isinstance(e, ast.Set) else ast.Set(elts=e.elts[:1]))
            c += list(e.elts)
        elif isinstance(e, ast.Dict) and len(e.keys) > 1:
            c.append(ast.Dict(keys=e.keys[:1], values=e.values[:1]))
        elif isinstance(e, ast.JoinedStr):
            for v in e.values:
                if isinstance(v, ast.FormattedValue):
                    c.append(v.value)
        elif isinstance(e, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
            c.append(e.elt)
            if e.generators and e.generators[0].ifs:
                g = copy.deepcopy(e)
                g.generators[0].ifs = []
                c.append(g)
        elif isinstance(e, ast.Constant) and isinstance(e.value, str) and len(e.value) > 1:
            c.append(ast.Constant(e.value[:1]))
        elif isinstance(e, ast.Constant) and isinstance(e.value, int) and not isinstance(e.value, bool) and abs(e.value) > 1:
            c.append(ast.Constant(1))
        return [copy.deepcopy(x) for x in c]

    def pass_exprs(self):
        changed = False
        idx = 0
        while not self.out_of_time():
            tree = ast.parse(self.best)
            # print arguments first: fewer arguments
            sites = self.expr_sites(tree)
            if idx >= len(sites):
                break
            node, field, i = sites[idx]
            e = getattr(node, field) if i is None else getattr(node, field)[i]
            done = False
            if isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id == "print" and (len(e.args) > 1 or e.keywords):
                for j in range(len(e.args)):
                    old = e.args
                    e.args = old[:j] + old[j + 1:]
                    if self.try_tree(tree):
                        done = changed = True
                        break
                    e.args = old
                if not done and e.keywords:
                    old = e.keywords
                    e.keywords = []
                    if self.try_tree(tree):
                        done = changed = True
                    else:
                        e.keywords = old
            if not done:
                for r in self.simpler(e):
                    if i is None:
                        setattr(node, field, r)
                    else:
                        getattr(node, field)[i] = r
                    if self.try_tree(tree):
                        done = changed = True
                        break
                    if i is None:
                        setattr(node, field, e)
                    else:
                        getattr(node, field)[i] = e
            if not done:
                idx += 1
        return changed

    def run(self):
        if self.category not in ("mismatch", "crash", "deviation"):
            return False
        # normalise the text once (ast.unparse) if that keeps the behaviour
        try:
            t = self.unparse(ast.parse(self.best))
            if self.interesting(t):
                self.best = t
        except Exception:
            pass
        rounds = 0
        while not self.out_of_time():
            rounds += 1
            c1 = self.pass_delete()
            c2 = self.pass_hoist()
            c3 = self.pass_delete() if c2 else False
            c4 = self.pass_exprs()
            if not self.quiet:
                print(f"round {rounds}: {len(self.best.splitlines())} lines, {self.tests} tests", file=sys.stderr)
            if not (c1 or c2 or c3 or c4):
                break
        return True


def main():
    ap = argparse.ArgumentParser(description="reduce a program on which multigen and CPython disagree")
    ap.add_argument("prog")
    ap.add_argument("-o", "--output")
    ap.add_argument("--mode", choices=["jit", "jit-O0", "aot"], default="jit")
    ap.add_argument("--multigen", default=common.DEFAULT_MULTIGEN)
    ap.add_argument("--seconds", type=float, default=0, help="time limit (0: none)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    # Programs run with their own directory as cwd: make the path absolute.
    args.multigen = os.path.abspath(args.multigen)
    with open(args.prog, encoding="utf-8") as fh:
        text = fh.read()
    deadline = time.time() + args.seconds if args.seconds else None
    r = Reducer(text, args.mode, args.multigen, deadline, args.quiet)
    if r.category not in ("mismatch", "crash", "deviation"):
        # try the other mode before giving up
        print(f"reduce.py: {args.prog}: not a mismatch in {args.mode} mode ({r.category} {r.detail})", file=sys.stderr)
        sys.exit(2)
    r.run()
    out = args.output or (args.prog[:-3] if args.prog.endswith(".py") else args.prog) + ".min.py"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(r.best)
    cat, detail, py, mg = common.classify(out, args.mode, args.multigen)
    if not args.quiet:
        print(common.describe(py, mg))
    print(f"{out}: {len(r.best.splitlines())} lines ({len(text.splitlines())} before), {r.tests} tests, "
          f"{cat} {detail}")


if __name__ == "__main__":
    main()
