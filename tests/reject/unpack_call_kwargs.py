# expect: error[unsupported] 6:3
def f(a: int, b: int) -> int:
    return a + b


f(**{"a": 1, "b": 2})
