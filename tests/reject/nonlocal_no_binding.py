# expect: error[syntax] 4:18
def outer() -> None:
    def inner() -> None:
        nonlocal missing
        missing = 1
    inner()
