# expect: error[unsupported] 4:24
def f(t: tuple[int, str]) -> None:
    match t:
        case (1, x) | (x, "a"):
            print(x)
