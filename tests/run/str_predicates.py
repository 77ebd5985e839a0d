# isdigit isalpha isalnum isspace isupper islower on ASCII, Unicode and empty strings.

SAMPLES = ["abc", "ABC", "Abc", "123", "abc123", "", " ", " \t\n", "a b", "é", "É", "ß",
           "²", "٣", "½", "Ⅻ", "漢字", "😀", "a_b", "-1", "3.5", "ABC1", "abc!", "\u00a0", "\u2003"]


def flags(s: str) -> str:
    out = ""
    for f in [s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower()]:
        out += "1" if f else "0"
    return out


def main() -> None:
    print("digit alpha alnum space upper lower")
    for s in SAMPLES:
        print(flags(s), repr(s))
    text = "Room 101, Floor 3: open 24h!"
    digits = [c for c in text if c.isdigit()]
    letters = [c for c in text if c.isalpha()]
    print("".join(digits), "".join(letters), len([c for c in text if c.isspace()]))
    tokens = text.replace(",", " ").replace(":", " ").split()
    print([t for t in tokens if t.isdigit()], [t for t in tokens if t.isalpha()], [t for t in tokens if t.isalnum()])
    print([w for w in ["ID", "id", "Id", "I D", "1D"] if w.isupper()], [w for w in ["ab", "a1", "1", "aB"] if w.islower()])
    print(sum([1 for c in "Hello World" if c.isupper()]), sum([1 for c in "Hello World" if c.islower()]))


if __name__ == "__main__":
    main()
