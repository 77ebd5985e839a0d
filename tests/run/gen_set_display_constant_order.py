# Regression (found by difftest, was a miscompile): iteration order of a set display whose elements are
# constants only after constant folding.
# CPython 3.11 compiles a display of 3+ constants to a frozenset constant + SET_UPDATE
# (the frozenset is rebuilt in iteration order when code constants are merged, which can
# reorder colliding hashes). multigen mimics this for literal elements ({2147483647, 15, 1}
# prints like CPython) but not when an element is a folded constant expression such as
# 16 - 1, -(3), 2 ** 4 or 'a' * 2: those displays are built in source order.
# CPython:  {1, 2147483647, 15} / {1, 2147483647, 15} / {1, 15, 2147483647}
# multigen: {1, 2147483647, 15} / {1, 15, 2147483647} / {1, 15, 2147483647}
x = 15
print({2147483647, 15, 1})
print({2147483647, 16 - 1, 1})
print({2147483647, x, 1})
# A call is never folded by CPython, even where multigen's checker computes
# its value (float(3) is 3.0): such a display is built in source order
# (found by difftest, seed 1006013).
print({6.02e+23 * 1e16, 4.0 + 7.25, float(3)})
print({6.02e+39, 11.25, 3.0})
print({6.02e+39, 11.25, 3.0 + float()})
print({2147483647, int(15), 1})
