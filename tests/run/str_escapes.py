# Escape sequences, non-ASCII text, and repr() of strings inside tuples.


def tag(s: str) -> tuple[str, int]:
    return (s, len(s))


def main() -> None:
    print("line1\nline2")
    print("a\tb\tc")
    print("back\\slash", "quote\"d", 'apos\'d', "bell-less \x41\x42\x43")
    print("\u00e9t\u00e9", "\u03b1", "caf\xe9")
    print(tag("plain"))
    print(tag("it's"))
    print(tag('say "hi"'))
    print(tag("both ' and \""))
    print(tag("new\nline"))
    print(tag("tab\there"))
    print(tag("back\\slash"))
    print(tag("\r"))
    print(tag("\x00\x07\x1b\x7f"))
    print(tag("héllo"))
    print(tag("日本語"))
    print(tag("\u2603 snowman"))
    print(tag(""))
    print(tag("\u00a0nbsp"))
    print(("a", "b\n"), ("'", '"'))
    s = "é" * 3
    print(s, len(s), "é" in s, "e" in s)
    print(len("ß"), len("→"), len("😀"), "😀" + "!")
    print("ä" < "z", "z" < "ä", "Z" < "a", "é" == "\u00e9")
    r = """triple
quoted"""
    print(r, len(r))
    q = 'single' + "double" + '''triple single'''
    print(q)
    print("concat" "enated", len("ab" "cd"))
    print(r"raw\nstring", len(r"\n"))


main()
