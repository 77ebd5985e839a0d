# expect: error[unsupported] 3:5
def f() -> None:
    raise


f()
