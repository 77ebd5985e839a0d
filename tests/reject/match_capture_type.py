# expect: error[type] 5:15
def f(xs: list[int]) -> None:
    x = "s"
    match xs:
        case [x]:
            print(x)
