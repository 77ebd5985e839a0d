# expect: error[type] 10:14
# mypy: Item "None" of "A | B | None" has no attribute "x"
class A:
    x = 1
class B:
    x = 2


def f(o: A | B | None) -> int:
    return o.x
