# expect: error[syntax] 3:13
def main() -> None:
    x = 1 + * 2
    print(x)


main()
