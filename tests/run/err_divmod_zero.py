# Ends with ZeroDivisionError from divmod(x, 0).


def main() -> None:
    for d in range(3, -3, -1):
        q, r = divmod(17, d)
        print("divmod(17,", d, ") =", q, r)
    print("not reached")


main()
