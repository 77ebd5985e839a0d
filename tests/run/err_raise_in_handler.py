# Ends with an exception raised inside an except handler (CPython reports the chain "During handling ...").


def parse(s: str) -> int:
    try:
        return int(s)
    except ValueError:
        print("cannot parse", repr(s), "- looking up alias")
        aliases = {"one": 1, "two": 2}
        return aliases[s]


def main() -> None:
    for s in ["5", "one", "12", "two"]:
        print(s, "->", parse(s))
    print(parse("three"))
    print("not reached")


if __name__ == "__main__":
    main()
