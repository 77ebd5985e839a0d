# expect: error[type] 4:9
def main() -> None:
    x = 3
    f = lambda y: y + 1
    print(x)


main()
