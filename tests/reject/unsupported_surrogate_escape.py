# expect: error[unsupported] 3:20
def f() -> str:
    return "marker \ud800 end"


print(ord(f()[7]))
