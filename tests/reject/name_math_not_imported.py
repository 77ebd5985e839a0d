# expect: error[name] 3:9
def main() -> None:
    r = math.sqrt(2.0)
    print(r)


main()
