# expect: error[import] 3:6
# The library's primitives are not a module the program can import.
from _multigen import extern


@extern
def monotonic() -> float: ...
