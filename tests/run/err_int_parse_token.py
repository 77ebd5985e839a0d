# Ends with ValueError: invalid literal for int() with base 10: 'x' while parsing CSV fields.


def parse_row(line: str) -> list[int]:
    return [int(f) for f in line.split(",")]


def main() -> None:
    rows = ["1,2,3", " 4 , 5 ,6", "-7,+8,0009", "10,x,12"]
    total = 0
    for line in rows:
        vals = parse_row(line)
        total += sum(vals)
        print(repr(line), vals, total)
    counts = [len(line.split(",")) for line in rows]
    print(counts)
    print("never")


if __name__ == "__main__":
    main()
