# expect: error[call] 8:9
def add(a: int, b: int, c: int = 0) -> int:
    return a + b + c


def main() -> None:
    print(add(1, 2))
    x = add(1)
    print(x)


main()
