# expect: error[unsupported] 3:10
def main() -> None:
    with open("f.txt") as fh:
        pass


main()
