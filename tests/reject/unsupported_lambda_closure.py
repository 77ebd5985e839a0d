# expect: error[unsupported] 3:41
def f(xs: list[int], k: int) -> list[int]:
    return sorted(xs, key=lambda x: x % k)
