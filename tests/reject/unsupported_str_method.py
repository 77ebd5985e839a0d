# expect: error[unsupported] 4:9
def main() -> None:
    s = "hello"
    t = s.upper()
    print(t)


main()
