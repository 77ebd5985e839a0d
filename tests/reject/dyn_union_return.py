# expect: error[type] 6:12
# A union is no int for mypy without narrowing.


def f(x: int | str) -> int:
    return x
