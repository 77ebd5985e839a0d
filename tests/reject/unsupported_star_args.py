# expect: error[unsupported] 2:23
def total(first: int, *rest: int) -> int:
    return first


print(total(1))
