# expect: error[type] 5:13
def main() -> None:
    x = 0
    for i in range(3):
        x = x + 0.5
    print(x)


main()
