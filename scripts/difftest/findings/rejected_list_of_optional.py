# Finding (valid program rejected): a list display or comprehension assigned to a declared
# list[Optional[T]] is typed from its elements alone: "error[type]: assigned value has type
# list[int], expected list[int | None]" (also list[None]; a list mixing T and None works).
# The same family as rejected_list_of_subclass.py (fixed for subclasses). Also in
# `a + b` of such lists and in conditional expressions of two displays.
# CPython: [1, 2] [None] [0, 1] / [1, None] / 1 a
from typing import Optional

xs: list[Optional[int]] = [1, 2]
ys: list[Optional[int]] = [None]
zs: list[Optional[int]] = [n for n in range(2)]
print(xs, ys, zs)
ws: list[Optional[int]] = [1, None]
print(ws)


# The same for a tuple assigned to targets one of which is declared Optional
# ("assigned value has type tuple[str, str], expected tuple[str | None, str]").
# CPython: 1 a
def main() -> None:
    o: Optional[str] = "a"
    s = "b"
    if o is not None:
        o, s = s, o
        print(len(o), s)


main()
