def empty(xs: list[int]) -> bool:
    return not xs


print(empty([]) is True, bool([1]) is False)
