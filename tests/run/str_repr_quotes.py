# repr() quoting rules for strings: quote choice, escapes, non-ASCII and non-printable characters.


def main() -> None:
    samples = [
        "plain",
        "single ' quote",
        'double " quote',
        "both ' and \"",
        "tab\t",
        "nl\n",
        "cr\r",
        "bs\\",
        "nul\x00",
        "bell\x07",
        "del\x7f",
        "latin é ü ñ",
        "greek αβγ",
        "emoji 😀",
        "nbsp\xa0",
        "zero width\u200b",
        "cjk 漢字",
        "",
    ]
    for s in samples:
        print(repr(s))
    print(samples[:4])
    print(samples[4:10])
    print(samples[10:])
    pairs = {"it's": 1, 'say "hi"': 2}
    print(pairs)
    print((samples[1], samples[2]))
    print(repr("'") + repr('"') + repr("'\""))
    print(str(samples[3]))
    print(len(repr("a\tb")), len(repr("é")), len(repr("\x01")))


if __name__ == "__main__":
    main()
