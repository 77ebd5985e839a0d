# Ends with AssertionError carrying a message; passing asserts come first.


def main() -> None:
    assert True, "fine"
    print("first assert passed")
    n = 3
    assert n == 3, "n should be 3"
    print("second assert passed, partial line without newline...", end="")
    assert False, "boom"
    print("not reached")


if __name__ == "__main__":
    main()
