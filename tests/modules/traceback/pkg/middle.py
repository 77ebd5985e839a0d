import leaf


def relay(n: int) -> int:
    return leaf.divide(100, n) * 2
