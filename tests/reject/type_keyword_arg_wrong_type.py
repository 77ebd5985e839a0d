# expect: error[type] 6:25
def scale(x: float, factor: float = 2.0) -> float:
    return x * factor


print(scale(1.5, factor="big"))
