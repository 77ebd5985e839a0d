# expect: error[unsupported] 7:3
def f(a: int, b: int) -> int:
    return a + b


xs = [1, 2]
f(*xs)
