# expect: error[syntax] 4:5
def main() -> None:
    total = (1 + 2
    print(total)


main()
