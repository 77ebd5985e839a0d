# print() with no arguments, several arguments, sep= and end=.


def row(a: int, b: int, c: int, sep: str = " | ") -> None:
    print(a, b, c, sep=sep)


def main() -> None:
    print()
    print("a", "b", "c")
    print("a", "b", "c", sep="")
    print("a", "b", "c", sep=", ")
    print("a", "b", "c", sep="\n")
    print("no newline", end="")
    print(" -- continued", end="!\n")
    print(1, 2.5, True, None, "s", (1, "t"), sep=";")
    print(end="")
    print(sep="-")
    print("", end="")
    print("")
    print("x", end="")
    print()
    print(1, 2, 3, sep="", end="\n\n")
    print("tab", "sep", sep="\t")
    for i in range(5):
        print(i, end=" ")
    print()
    for i in range(5):
        print(i, i * i, sep=":", end=", " if i < 4 else "\n")
    row(1, 2, 3)
    row(4, 5, 6, sep="+")
    row(7, 8, 9, " ")
    sep = "<>"
    print("p", "q", sep=sep)
    print("end first", end="|", sep="#")
    print("sep first", "two", sep="#", end="|\n")
    print(None)
    print("", "")
    print(" ", " ", sep=" ")
    print("multi\nline\nstring")
    print("unicode: é ü ß → ✓", "日本")
    print(-0.0, 0, -1, 1e-07, end="\n")
    print("done")


main()
