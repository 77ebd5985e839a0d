# expect: error[call] 6:14
def sub(a: int, b: int) -> int:
    return a - b


print(sub(5, a=1))
