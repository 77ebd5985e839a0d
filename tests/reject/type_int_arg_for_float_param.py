# expect: error[type] 6:12
def half(x: float) -> float:
    return x / 2


print(half(3))
