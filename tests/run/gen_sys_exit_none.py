# sys.exit(None) passed explicitly (difftest, gen_stdlib.py): the library
# declared its parameter as a TypeVar constrained to int and str, which an
# explicit None could not bind, so the call was refused. Also an Optional
# variable, a str and an int, caught as SystemExit, and the program ended
# by an explicit None (exit status 0, nothing on stderr).
import sys
from typing import Optional


def leave(code: Optional[int]) -> None:
    try:
        sys.exit(code)
    except SystemExit as e:
        print('caught', repr(e), str(e) == '', type(e).__name__)


def main() -> None:
    try:
        sys.exit(None)
    except SystemExit as e:
        print('none', repr(e), e.args)
    leave(None)
    leave(4)
    try:
        sys.exit('bye')
    except SystemExit as e:
        print('str', repr(e))
    print('end')
    sys.exit(None)
    print('unreachable')


main()
