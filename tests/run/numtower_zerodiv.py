# Division by zero of ints kept in float slots raises CPython's int
# messages; floats keep theirs.


def div(a: float, b: float) -> float:
    return a / b


def tryit(label: str, a: float, b: float) -> None:
    try:
        print(label, a / b)
    except ZeroDivisionError as e:
        print(label, "/", e)
    try:
        print(label, a // b)
    except ZeroDivisionError as e:
        print(label, "//", e)
    try:
        print(label, a % b)
    except ZeroDivisionError as e:
        print(label, "%", e)
    try:
        print(label, divmod(a, b))
    except ZeroDivisionError as e:
        print(label, "divmod", e)
    try:
        print(label, b ** -1)
    except ZeroDivisionError as e:
        print(label, "**", e)


tryit("int/int", 1, 0)
tryit("float/int", 1.5, 0)
tryit("int/float", 1, 0.0)
tryit("float/float", 1.5, 0.0)
print(div(1, 0))
