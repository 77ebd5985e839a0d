def show(a: int, **extra: int) -> None:
    print(a)


show(1)
