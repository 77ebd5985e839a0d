# Regression (found by difftest, was a miscompile): `if o is None: continue` inside a loop narrows o *after* the loop too.
# The loop body ran zero times (or continue was taken), so o is still None after it,
# but multigen treats it as the non-None type: it prints 0.0 / a raw pointer value.
# CPython: None / None / None.   multigen: 0.0 / <garbage int> / None
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


main()
