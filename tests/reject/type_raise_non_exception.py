# expect: error[type] 3:11
def f(x: int) -> None:
    raise x


f(1)
