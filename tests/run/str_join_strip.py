# join with various separators and strip/lstrip/rstrip with and without a character set.


def main() -> None:
    parts = ["a", "b", "c"]
    print(",".join(parts), "".join(parts), " - ".join(parts), "\n".join(parts))
    none: list[str] = []
    print(repr(",".join(none)), repr("x".join(["only"])), "é".join(["1", "2"]))
    print(", ".join([str(n) for n in range(5)]))
    print("".join(reversed(parts)), "+".join(sorted(["z", "y", "x"])))
    print("|".join("abc"), "-".join({"k": 1, "j": 2}))
    s = "   padded text \t\n"
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
    print(repr("..,;word;,..".strip(".,;")), repr("abcba".strip("ab")), repr("abc".strip("")))
    print(repr("www.example.com".strip("cmow.")), repr("  ".strip()), repr("".strip("x")))
    print(repr("\u00a0nbsp\u2003".strip()), repr("--é--".strip("-")), repr("ééxé".lstrip("é")))
    words = ["  alpha ", "beta  ", "  gamma"]
    print([w.strip() for w in words], "|".join([w.strip() for w in words]))
    line = "key = value # comment"
    k, rest = line.split("=", 1)
    print(repr(k.strip()), repr(rest.split("#")[0].strip()))
    lines = ["# header", "", "  data 1  ", "data 2", "   "]
    clean = [l.strip() for l in lines if l.strip() and not l.strip().startswith("#")]
    print(clean)
    print(repr("\t\n\r\x0b\x0c x \x1c".strip()))
    print("0042".lstrip("0"), "42000".rstrip("0"), "0000".lstrip("0") or "0")


if __name__ == "__main__":
    main()
