# expect: error[syntax] 2:21
def f(x: int) -> int
    return x + 1


print(f(1))
