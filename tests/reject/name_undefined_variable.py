# expect: error[name] 6:11
def main() -> None:
    total = 0
    for i in range(3):
        total += i
    print(totl)


main()
