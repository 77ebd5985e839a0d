# expect: error[type] 3:12
def f(x: int) -> float:
    return x * 2
