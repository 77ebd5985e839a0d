# expect: error[unsupported] 7:14
def f(a: int, b: int) -> int:
    return a + b


xs = [1]
print(f(*xs, *xs))
