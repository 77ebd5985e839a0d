# What a loop body or a try block establishes about an Optional does not
# hold after it: the body may not run, may stop at `continue`, or a
# handler may run instead.
from typing import Optional


def main() -> None:
    f: Optional[float] = None
    for i in range(0):
        if f is None:
            continue
    print(f)
    n: Optional[int] = None
    for j in range(2):
        if n is None:
            continue
        print("never")
    print(n)
    s: Optional[str] = None
    while s is None:
        break
    print(s)
    v: Optional[int] = None
    try:
        if v is None:
            raise ValueError("no value")
        print("value", v + 1)
    except ValueError as e:
        print("caught", e)
    print(v)
    w: Optional[int] = 3
    for k in range(3):
        if w is not None and k == 1:
            w = None
        print(k, w)
    print(w)


main()
