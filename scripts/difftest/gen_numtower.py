"""The numeric tower in the random program generator (`gen.py`).

A mixin of `gen.Gen` that puts `int` expressions where a `float` is
declared, as mypy allows and CPython keeps: variables, parameters, return
values, fields, container elements and arguments of container methods (the
places `gen.py` generates with `sub_ok=True`), and some elements of list
displays of floats. CPython keeps those ints, so the program's output shows
whether multigen kept them too (through its arithmetic, comparisons,
formatting and containers). Drawn from a random stream of its own, so that
programs without it are unchanged; the ints are small (below 1000) so that
products stay far below the 2**49 multigen can keep exactly in a float.
"""

import random

INT, FLOAT = "int", "float"
# `gen.py`'s precedence of a conditional expression (the loosest operand).
P_IF = 1
# Bound of the ints put into float slots.
NT_BOUND = 1000


class NumtowerForms:
    """Ints in float slots (methods of `gen.Gen`)."""

    def numtower_init(self, seed):
        rs = random.Random(f"numtower {seed}")
        self.nt_on = rs.random() < 0.5
        self.nt_rate = rs.choice([0.3, 0.5, 0.8])

    def nt_int(self, ctx, d):
        """A small int expression, for a float slot."""
        e = self.wrap_int(self.gen(INT, ctx, max(d - 1, 0)), bound=NT_BOUND)
        e.nt = True
        return e

    def nt_slot(self, t, ctx, d):
        """An int for a float slot now and then, else None."""
        if t != FLOAT or not getattr(self, "nt_on", False) or not self.chance(self.nt_rate):
            return None
        return self.nt_int(ctx, d)

    def nt_list_elems(self, et, ctx, d, elems):
        """Turns some elements of a list display of floats into ints; the
        first stays a float so that the display is a `list[float]`."""
        if et != FLOAT or not getattr(self, "nt_on", False) or len(elems) < 2:
            return elems
        return [elems[0]] + [
            self.nt_int(ctx, d).at(P_IF) if self.chance(self.nt_rate) else x for x in elems[1:]
        ]
