# split (whitespace, explicit separator, maxsplit), rsplit and splitlines, with empty fields and edge cases.


def main() -> None:
    s = "  the  quick\tbrown\n fox  "
    print(s.split())
    print(s.split(" "))
    print(s.split(None, 2), s.split(maxsplit=1))
    print("a,b,,c,".split(","), ",a".split(","), "".split(","), "".split(), "   ".split())
    print("a::b::c".split("::"), "a::b::c".split("::", 1), "abc".split("x"))
    print("1-2-3-4".split("-", 2), "1-2-3-4".split("-", 0), "1-2-3-4".split("-", -1))
    print("1-2-3-4".rsplit("-", 1), "1-2-3-4".rsplit("-", 2), "1-2-3-4".rsplit("-"))
    print("  a b  c ".rsplit(None, 1), "  a b  c ".rsplit(maxsplit=1), " x ".rsplit())
    text = "line one\nline two\r\nline three\rlast"
    print(text.splitlines())
    print("a\n\nb\n".splitlines(), "".splitlines(), "\n".splitlines(), "no newline".splitlines())
    print("x\ny\n".split("\n"), "x\ny\n".splitlines())
    csv = "name,age,city\nann,31,Oslo\nbob,25,Lima"
    rows = [line.split(",") for line in csv.splitlines()]
    print(rows)
    header = rows[0]
    records = [dict(zip(header, r)) for r in rows[1:]]
    print(records)
    path = "/usr/local/lib/python3.11/site.py"
    print(path.split("/"), path.rsplit("/", 1)[-1], path.split("/")[-2])
    kv = "a=1;b=2;c=3"
    pairs = [p.split("=") for p in kv.split(";")]
    d = {p[0]: int(p[1]) for p in pairs}
    print(d)
    print("é—ü—ñ".split("—"), "😀 😀".split())
    print("a b".split(" ", 5), "aXbXc".split("X", 10))
    print(len("one two three".split()), "one two three".split()[1])


if __name__ == "__main__":
    main()
