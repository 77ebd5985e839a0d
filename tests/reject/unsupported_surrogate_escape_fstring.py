# expect: error[unsupported] 4:26
def label(n: int) -> str:
    width = 6
    return f"{n:>{width}}\udc00 and {n}"


print(label(3))
