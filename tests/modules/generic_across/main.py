# Generic functions of another module, called from the main module: each
# call is bound in the template's module, its arguments checked here.
import util
from util import first, pick

SCALE = 2


def double(x: int) -> int:
    return x * SCALE


print(first([1, 2]), first(("a", "b")), util.first(range(5, 9)))
print(util.mapped([1, 2, 3], double), util.mapped(["x", "yy"], len))
print(util.mapped([4, 5], lambda n: n * SCALE), util.mapped([1], util.scaled))
print(pick([3, 1, 2]), pick(["bb", "a", "ccc"], key=len), pick([5, 7], lambda n: -n))
