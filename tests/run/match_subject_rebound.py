# A guard that rebinds the subject variable (through nonlocal) does not
# change the value the next cases match, as in CPython.
def f() -> None:
    x = 1

    def bump() -> bool:
        nonlocal x
        x = 2
        return False

    match x:
        case 1 if bump():
            print("one")
        case 2:
            print("two")
        case _:
            print("other", x)


f()
