# expect: error[syntax] 6:14
def f(x: int) -> str:
    match x:
        case 1:
            return "one"
        case other:
            return "other"
        case 2:
            return "two"
    return ""
