def area(w: int, h: int) -> int:
    return w * h


def shapes(dims: list[int]) -> int:
    return area(1, 2) + area(*dims)


print(area(*[2, 3]))
print(shapes([4, 5]))
print("total:", shapes([1, 2, 3]) + 1)
