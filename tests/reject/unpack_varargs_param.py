# expect: error[unsupported] 2:7
def f(*args: int) -> int:
    return len(args)
