# Unicode strings: code-point len, indexing and slicing through accents, CJK and emoji; ord/chr round trips.


def main() -> None:
    s = "héllo"
    print(len(s), s[1], s[-1], s[1:3], s[::-1], s.upper())
    e = "a😀b🎉c"
    print(len(e), e[1], e[3], e[1:4], e[::2], e[::-1], e[-2])
    print([c for c in e], list(e[1:2]))
    print(ord("é"), ord("😀"), ord("€"), ord("A"), chr(233), chr(128512), chr(8364), chr(65))
    word = "naïve café"
    print(len(word), word.index("ï"), word.find("é"), word.count("a"), word.split(" "))
    cjk = "漢字かな"
    print(len(cjk), cjk[0], cjk[-1], cjk[1:3], cjk * 2)
    mixed = "Ωmega ∑um √x"
    print(len(mixed), mixed.lower(), mixed.upper(), mixed.split())
    codes = [ord(c) for c in "añ€😀"]
    print(codes, "".join([chr(c) for c in codes]))
    print(chr(0x10FFFF) == "\U0010ffff", len("\U0010ffff"), ord("\U0001F600"))
    built = ""
    for cp in range(0x3B1, 0x3B1 + 5):
        built += chr(cp)
    print(built, len(built), built[2:], built.upper())
    print("é" in s, "😀" in e, "x" in e, e.startswith("a😀"), e.endswith("c"))
    flags = "🇫🇷🇩🇪"
    print(len(flags), flags[:2], flags[2:])
    comb = "e\u0301"
    print(len(comb), comb == "é", comb[0], len(comb[0]))
    print(sorted("äaåb"), max("héllo"), min("😀a"))
    print(" ".join(["€", "£", "¥"]), "→".join(["a", "b"]))
    print(f"{s:>8}|{e:<7}|{cjk:^8}|")


if __name__ == "__main__":
    main()
