# expect: error[type] 4:15
def main() -> None:
    n = 12345
    print(len(n))


main()
