def total(first: int, *rest: int) -> int:
    return first


print(total(1))
