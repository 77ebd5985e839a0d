# expect: error[unsupported] 4:9
def main() -> None:
    x = 1
    d = {"a": x}
    print(x)


main()
