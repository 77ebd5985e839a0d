# replace with counts, empty old/new strings, chained replacements and template filling.


def fill(template: str, values: dict[str, str]) -> str:
    out = template
    for k, v in values.items():
        out = out.replace("{" + k + "}", v)
    return out


def main() -> None:
    s = "the cat sat on the mat"
    print(s.replace("at", "og"), s.replace("at", "og", 1), s.replace("at", "og", 0), s.replace("at", "og", -1))
    print(s.replace("the ", ""), s.replace("x", "y"), s.replace(" ", ""))
    print("aaa".replace("a", "bb"), "aaaa".replace("aa", "a"), "abc".replace("", "-"), "abc".replace("", "-", 2))
    print("".replace("", "x"), "".replace("a", "b"), repr("ab".replace("ab", "")))
    print("naïve".replace("ï", "i"), "😀😀".replace("😀", ":)"), "a.b.c".replace(".", "", 1))
    print(fill("Hello {name}, you owe {amount}.", {"name": "Ann", "amount": "$5"}))
    print(fill("{a}{b}{a}", {"a": "x", "b": "{a}"}))
    text = "one, two;  three ,four"
    norm = text.replace(";", ",").replace(" ", "")
    print(norm, norm.split(","))
    code = "if x==1:\n\treturn y"
    print(code.replace("\t", "    ").replace("==", " == "))
    dna = "ATGCGATACG"
    comp = dna.replace("A", "t").replace("T", "a").replace("G", "c").replace("C", "g").upper()
    print(comp)
    s2 = "mississippi"
    print(s2.replace("ss", "SS"), s2.replace("i", "", 2), s2.count("ss"), s2.replace("issi", "X"))
    n = 0
    t = "abababab"
    while "ab" in t:
        t = t.replace("ab", "", 1)
        n += 1
    print(n, repr(t))


if __name__ == "__main__":
    main()
