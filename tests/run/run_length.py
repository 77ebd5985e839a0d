# Run-length encoding and decoding of strings into list[tuple[str, int]] and a compact text form.


def encode(s: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for ch in s:
        if out and out[-1][0] == ch:
            out[-1] = (ch, out[-1][1] + 1)
        else:
            out.append((ch, 1))
    return out


def decode(runs: list[tuple[str, int]]) -> str:
    return "".join([ch * n for ch, n in runs])


def compact(runs: list[tuple[str, int]]) -> str:
    return "".join([(str(n) if n > 1 else "") + ch for ch, n in runs])


def expand(text: str) -> str:
    out = ""
    num = ""
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            out += ch * (int(num) if num else 1)
            num = ""
    return out


def main() -> None:
    samples = ["aaabccddddde", "", "x", "abc", "zzzzzzzzzzzz", "ééé😀😀a", "aabbaa"]
    for s in samples:
        runs = encode(s)
        c = compact(runs)
        print(repr(s), runs, repr(c), decode(runs) == s, expand(c) == s)
    print(expand("3a2b10c"), len(expand("12x")))
    bits = "0000111111110000000011"
    print(encode(bits), max(encode(bits), key=lambda r: r[1]))
    lengths = [n for _, n in encode(bits)]
    print(lengths, sum(lengths) == len(bits))


if __name__ == "__main__":
    main()
