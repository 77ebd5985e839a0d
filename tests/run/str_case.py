# Case mapping: upper lower title capitalize on ASCII and Unicode (ß, ﬁ, Greek sigma, accented letters).


def main() -> None:
    words = ["hello world", "HELLO World", "hELLO wORLD", "", "123abc", "o'neil mcdonald", "x-ray vision"]
    for w in words:
        print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize())
    print("ß".upper(), len("ß".upper()), "straße".upper(), "STRASSE".lower())
    print("ﬁne".upper(), "ﬁne".title(), "ﬁne".capitalize())
    print("ΣΊΣΥΦΟΣ".lower(), "σίσυφος".upper())
    print("éclair".upper(), "ÉCLAIR".lower(), "éCLAIR".capitalize(), "ça va".title())
    print("ǆemal".title(), "ǆemal".capitalize(), "ǅ".upper(), "ǅ".lower())
    print("hello_world_42nd".title(), "they're bill's".title(), "a1b2c3".title())
    print("MiXeD cAsE".lower().title(), "MiXeD cAsE".upper().capitalize())
    print("İstanbul".lower() == "i̇stanbul", len("İ".lower()))
    s = "The Quick Brown Fox"
    print(s.upper().lower() == s.lower(), s.title() == s, s.capitalize())
    print([c.upper() for c in "aBc"], "".join([c.lower() if c.isupper() else c.upper() for c in "aBc"]))
    print("ÀÉÎÕÜ".lower(), "àéîõü".upper(), "Ÿ".lower(), "ÿ".upper())
    print("42".upper(), "  spaced  ".title(), "tab\there".title())


if __name__ == "__main__":
    main()
