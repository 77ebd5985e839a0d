# expect: error[call] 7:17
def area(width: float, height: float = 1.0) -> float:
    return width * height


print(area(2.0, height=3.0))
print(area(2.0, depth=3.0))
