# expect: error[unsupported] 6:1
def main() -> None:
    print("hi")


class Point:
    x: int = 0


main()
