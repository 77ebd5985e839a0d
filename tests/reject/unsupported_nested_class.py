# expect: error[unsupported] 3:5
def main() -> None:
    class Point:
        x: int = 0
    print("hi")


main()
