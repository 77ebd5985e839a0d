# expect: error[unsupported] 4:16
def main() -> None:
    ok = "\U0001F600"
    bad = 'x\\y\U0000DBFF'
    print(ok, bad)


main()
