def f(n: int) -> int:
    return 10 // n


def g(xs: list[int]) -> None:
    match xs:
        case [a, b] if f(a) > b:
            print("big")
        case _:
            print("other")


g([1, 2])
g([0, 2])
