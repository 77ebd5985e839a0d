def scale(x: int) -> int:
    return x * 10


def total(xs: list[int]) -> int:
    return sum(xs)
