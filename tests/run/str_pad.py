# zfill center ljust rjust with default and custom fill characters, odd widths and over-long inputs.


def main() -> None:
    for s in ["", "a", "ab", "abc", "abcdef"]:
        print("[" + s.center(5) + "]", "[" + s.center(6, "*") + "]", "[" + s.ljust(4, ".") + "]", "[" + s.rjust(4, "-") + "]")
    for n in ["42", "-42", "+7", "0", "-", "abc", "-0.5", "123456"]:
        print(repr(n.zfill(5)), repr(n.zfill(1)))
    print("é".center(4, "·"), "😀".rjust(3, "~"), "ab".ljust(0), "x".center(-1))
    table = [("name", "qty", "price"), ("apple", "3", "0.5"), ("watermelon", "12", "3.25")]
    for name, qty, price in table:
        print(name.ljust(12) + qty.rjust(5) + price.rjust(8))
    print("=" * 25)
    title = "Report"
    print(title.center(25, "="))
    print(str(7).zfill(3), str(-7).zfill(3), str(12345).zfill(3))
    for width in range(1, 8):
        print("|" + "mid".center(width, "_") + "|", end=" ")
    print()
    for width in range(1, 8):
        print("|" + "ab".center(width) + "|", end=" ")
    print()
    bar = "#" * 7
    print(bar.ljust(10, ".") + "|", bar.rjust(10, ".") + "|")


if __name__ == "__main__":
    main()
