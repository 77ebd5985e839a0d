# expect: error[unsupported] 3:5
def main() -> None:
    with open("f.txt") as fh:
        pass


main()
