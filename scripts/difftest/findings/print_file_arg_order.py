# Finding (miscompile), campaign SL1 (gen_stdlib.py), seed 5,100,800:
# `print(a, f(), file=sys.stdout)` wrote `a` before it called `f()`, so what
# `f` printed came out inside the line (`out describing` / `D`); CPython
# evaluates all the arguments first. CPython prints `describing` then `out D`.
import sys


def describe() -> str:
    print('describing')
    return 'D'


print('out', describe(), file=sys.stdout, flush=True)
