def f(n: int) -> list[int]:
    return [10 // n]


match f(0):
    case [a]:
        print(a)
