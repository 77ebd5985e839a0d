# expect: error[unsupported] 4:18
def main() -> None:
    s = ("first part, fine: \\ud800 "
        u"second \udfff")
    print(len(s))


main()
