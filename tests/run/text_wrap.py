# Greedy word wrapping, justification and column layout of a paragraph with split/join/ljust.

TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")


def wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    cur: list[str] = []
    length = 0
    for word in text.split():
        if cur and length + 1 + len(word) > width:
            lines.append(" ".join(cur))
            cur = []
            length = 0
        if cur:
            length += 1
        cur.append(word)
        length += len(word)
    if cur:
        lines.append(" ".join(cur))
    return lines


def justify(line: str, width: int) -> str:
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum([len(w) for w in words])
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]


def main() -> None:
    for width in [20, 32]:
        lines = wrap(TEXT, width)
        print(f"width {width}: {len(lines)} lines")
        for line in lines[:-1]:
            print("|" + justify(line, width) + "|")
        print("|" + lines[-1].ljust(width) + "|")
    words = sorted(set([w.strip(".,;!").lower() for w in TEXT.split()]))
    cols = 4
    rows = (len(words) + cols - 1) // cols
    for r in range(rows):
        print("".join([words[c * rows + r].ljust(10) for c in range(cols) if c * rows + r < len(words)]).rstrip())


if __name__ == "__main__":
    main()
