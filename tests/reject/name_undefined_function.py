# expect: error[name] 4:11
def main() -> None:
    x = 4
    print(square(x))


main()
