# A function called by the statement that assigns a global reads that
# global before the assignment: NameError, not the unwritten slot.


def f() -> str:
    return S + "!"


S: str = f()
