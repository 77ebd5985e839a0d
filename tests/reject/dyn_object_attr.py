# expect: error[type] 6:14
# mypy: "object" has no attribute "x"


def f(o: object) -> object:
    return o.x
