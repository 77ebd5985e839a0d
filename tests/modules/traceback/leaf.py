def divide(a: int, b: int) -> int:
    q = a // b
    return q
