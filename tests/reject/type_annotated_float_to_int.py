# expect: error[type] 2:14
LIMIT: int = 2.5


def main() -> None:
    print(LIMIT)


main()
