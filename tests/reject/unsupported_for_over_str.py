# expect: error[unsupported] 3:15
def main() -> None:
    for ch in "abc":
        print(ch)


main()
