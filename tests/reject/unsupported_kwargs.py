# expect: error[unsupported] 2:18
def show(a: int, **extra: int) -> None:
    print(a)


show(1)
