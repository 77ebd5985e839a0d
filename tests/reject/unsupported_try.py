# expect: error[unsupported] 4:5
def main() -> None:
    x = 1
    try:
        x = x // 0
    except ZeroDivisionError:
        x = 0
    print(x)


main()
