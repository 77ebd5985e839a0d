# expect: error[unsupported] 4:11
def main() -> None:
    n = 42
    print(f"n = {n}")


main()
