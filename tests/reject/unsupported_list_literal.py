# expect: error[unsupported] 4:13
def main() -> None:
    total = 0
    items = [1, 2, 3]
    print(total)


main()
