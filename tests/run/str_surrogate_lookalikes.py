# Escapes that look like lone surrogates but are not one: multigen refuses
# only real ones (tests/reject/unsupported_surrogate_escape*.py), and must
# keep compiling these the way CPython reads them.


def show(s: str) -> None:
    print(s, len(s), repr(s))


def main() -> None:
    escaped = "\\ud800"
    raw = r"\ud800"
    show(escaped)
    show(raw)
    print(escaped == raw, ord(escaped[0]), escaped[1:])
    show("\\\\ud800")
    show(R'''\udfff''')
    show(u"\\U0000D800")
    smile = "\U0001F600"
    show(smile)
    print(ord(smile), f"{ord(smile):#x}", ord("\U0000d7ff"), ord("\ue000"))
    show("a\\ud800" r"\udc00" "\U0001F600" '\N{SNOWMAN}\x41\u00e9')
    n = 5
    print(f"{n}\\ud800{n:>{4}}|")
    print(rf"{n}\ud800{n:>4}|")
    print(f"{n:\\>6}|", f"{smile:*^5}|")
    print(len(f"{n}\U0001F600\\U0000DFFF"))


main()
