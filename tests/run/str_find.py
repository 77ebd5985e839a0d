# find rfind index count startswith endswith and `in`, with start/end arguments and empty needles.


def positions(hay: str, needle: str) -> list[int]:
    out: list[int] = []
    i = hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def main() -> None:
    s = "abracadabra"
    print(s.find("a"), s.find("bra"), s.find("z"), s.find(""), s.find("a", 1), s.find("a", 1, 3))
    print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind(""), s.rfind("a", 0, 5))
    print(s.index("c"), s.index("dab"), s.index("a", 4), s.count("a"), s.count("bra"), s.count(""))
    print(s.count("aa"), "aaaa".count("aa"), "aaaa".count("a", 1), "".count("a"), "".count(""))
    print(s.startswith("abra"), s.startswith("bra"), s.startswith("bra", 1), s.startswith(""))
    print(s.endswith("abra"), s.endswith("cad"), s.endswith("cad", 0, 7), s.endswith(""))
    print("cad" in s, "dac" in s, "" in s, "" in "", "a" not in s)
    print(positions(s, "a"), positions(s, "abra"), positions("aaa", "aa"), positions(s, "q"))
    u = "naïve café naïve"
    print(u.find("ï"), u.rfind("ï"), u.index("café"), u.count("naïve"), u.find("é", 10))
    print("😀a😀b😀".find("b"), "😀a😀b😀".rfind("😀"), "😀a😀b😀".count("😀"))
    path = "report.final.pdf"
    dot = path.rfind(".")
    print(path[:dot], path[dot + 1:], path.startswith("rep"), path.endswith(".pdf"))
    url = "https://example.org/a/b?q=1"
    scheme_end = url.find("://")
    rest = url[scheme_end + 3:]
    slash = rest.find("/")
    print(url[:scheme_end], rest[:slash], rest[slash:], rest.find("?"), rest[rest.find("?") + 1:])
    print(s.find("a", -3), s.rfind("a", -3, -1), s.count("a", -5), s.find("a", 100))
    print("Hello".lower().startswith("he"), "x.py".endswith("py"), "MiXed".find("X"))


if __name__ == "__main__":
    main()
