# expect: error[unsupported] 3:5
def outer(x: int) -> int:
    def inner(y: int) -> int:
        return y * 2
    return inner(x)


print(outer(2))
