# expect: error[type] 6:13
def twice(n: int) -> int:
    return n * 2


print(twice(True))
