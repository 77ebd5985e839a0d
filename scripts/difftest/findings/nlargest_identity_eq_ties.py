# Finding (deviation, documented in docs/stdlib.md), campaign SL2
# (gen_stdlib.py), seeds 5,201,289 and 5,201,459: heapq.nlargest (and
# nsmallest) without a key over objects whose `<` has ties but whose `==`
# is identity (no `__eq__`). CPython's heap algorithm decorates the items as
# `(item, order)` tuples, whose comparison asks `==` first: tied items are
# then neither equal nor ordered, and the result is not `sorted(...)[:n]`.
# CPython prints [J(4, 'ba'), J(0, 'beta'), J(0, 'alpha')]; multigen, whose
# functions return sorted()'s result, [J(4, 'ba'), J(0, 'alpha'), J(0, 'beta')].
import heapq


class J:
    def __init__(self, prio: int, name: str) -> None:
        self.prio = prio
        self.name = name

    def __lt__(self, other: 'J') -> bool:
        return self.prio < other.prio

    def __repr__(self) -> str:
        return f'J({self.prio}, {self.name!r})'


print(heapq.nlargest(3, [J(4, 'ba'), J(0, 'alpha'), J(0, 'beta'), J(0, 'Hello')]))
