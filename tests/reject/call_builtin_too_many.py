# expect: error[call] 5:11
def main() -> None:
    x = -4
    print(abs(x))
    print(abs(x, 2))


main()
