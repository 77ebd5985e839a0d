# Found by difftest (campaign F, seed 1429889): a tuple assignment (or a
# loop variable) did not drop the narrowing of the variables it assigned, so
# None was read as a str and printing it crashed (SIGSEGV).
from typing import Optional


def swap_in_else(o0: Optional[str]) -> None:
    o1: Optional[str] = "ab"
    if o0:
        print("narrowed", o0)
    else:
        o1, o0 = o0, o1
    print(o1, o0)


def straight() -> None:
    o: Optional[str] = "ab"
    o, n = None, 1
    print(o, n)
    p, o = "x", "y"
    print(o.upper(), p)


def loop_target() -> None:
    o: Optional[int] = 5
    for o in [None, 2]:
        print(o)
    print(o)
    q: Optional[int] = 1
    pairs: list[tuple[Optional[int], int]] = [(None, 1)]
    for q, r in pairs:
        print(q, r)
    print(q)


swap_in_else(None)
swap_in_else("")
swap_in_else("c")
straight()
loop_target()

