# Finding (valid program rejected), campaign SL1 (gen_stdlib.py), seed 5,100,617:
# `sys.exit(None)` with an explicit None was refused: "error[type]: Value of
# type variable "_Code" of "exit" cannot be "None"" (lib/sys.py declared
# `exit(status: _Code | None = None)` with `_Code` constrained to int and str,
# which an explicit None cannot bind). CPython prints `caught SystemExit()`
# and `end`, then exits with status 0.
import sys


def main() -> None:
    try:
        sys.exit(None)
    except SystemExit as e:
        print('caught', repr(e))
    print('end')
    sys.exit(None)


main()
