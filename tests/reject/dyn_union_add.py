# expect: error[type] 6:12
# mypy: Unsupported operand types for + ("str" and "int")


def f(x: int | str) -> int | str:
    return x + 1
