# Float arithmetic in a module that never stores an int in a float slot
# itself: the main module passes ints, which stay ints here too.


def half(x: float) -> float:
    return x / 2


def scale(x: float, k: float) -> float:
    return x * k


def describe(x: float) -> str:
    return f"{x} {type(x).__name__} {x // 2} {-x}"
