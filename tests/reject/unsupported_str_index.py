# expect: error[unsupported] 5:9
def main() -> None:
    s = "hello"
    print(len(s))
    c = s[0]
    print(c)


main()
