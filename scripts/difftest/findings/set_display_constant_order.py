# Finding (miscompile, low priority): iteration order of a set display whose elements are
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
