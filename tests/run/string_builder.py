# Building text output with string concatenation and repetition: bar
# charts, boxes, a multiplication table and a checkerboard.


def bar(label: str, value: int, scale: int = 2) -> str:
    return label + " " * (8 - len(label)) + "|" + "#" * (value // scale) + " " + str(value)


def boxed(text: str) -> str:
    border = "+" + "-" * (len(text) + 2) + "+"
    return border + "\n| " + text + " |\n" + border


def cell(n: int, width: int) -> str:
    s = str(n)
    return " " * (width - len(s)) + s


def main() -> None:
    print(bar("apples", 12))
    print(bar("kiwis", 7))
    print(bar("figs", 0))
    print(bar("plums", 21, 3))
    print(boxed("hello"))
    print(boxed(""))
    header = "   |"
    for j in range(1, 10):
        header += cell(j, 3)
    print(header)
    print("---+" + "-" * 27)
    for i in range(1, 10):
        row = cell(i, 2) + " |"
        for j in range(1, 10):
            row += cell(i * j, 3)
        print(row)
    for r in range(4):
        line = ""
        for c in range(8):
            line += "#" if (r + c) % 2 == 0 else "."
        print(line)
    words = "alpha" + " " + "beta" + " " + "gamma"
    print(words, len(words), "beta" in words, "delta" in words)
    acc = ""
    for i in range(26):
        acc = acc + "ab" if i % 13 == 0 else acc + "-"
    print(acc, len(acc))
    triangle = ""
    for i in range(1, 5):
        triangle += str(i) * i + "\n"
    print(triangle, end="")
    print(("=" * 3 + " ") * 4)


main()
