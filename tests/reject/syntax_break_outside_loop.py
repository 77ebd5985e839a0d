# expect: error[syntax] 5:9
def main() -> None:
    x = 1
    if x > 0:
        break
    print(x)


main()
