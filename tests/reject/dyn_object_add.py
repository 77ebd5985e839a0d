# expect: error[type] 6:12
# mypy: Unsupported left operand type for + ("object")


def f(o: object) -> object:
    return o + 1
