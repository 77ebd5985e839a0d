# Methods with default, keyword and keyword-only parameters; passing objects and lists as method arguments.


class Formatter:
    def __init__(self, width: int = 10, fill: str = " ") -> None:
        self.width = width
        self.fill = fill

    def pad(self, text: str, align: str = "left", upper: bool = False) -> str:
        t = text.upper() if upper else text
        if align == "left":
            return t.ljust(self.width, self.fill)
        if align == "right":
            return t.rjust(self.width, self.fill)
        return t.center(self.width, self.fill)

    def row(self, cells: list[str], *, sep: str = "|", align: str = "left") -> str:
        return sep + sep.join([self.pad(c, align) for c in cells]) + sep

    def merge(self, other: "Formatter", extra: int = 0) -> "Formatter":
        return Formatter(self.width + other.width + extra, other.fill)


def main() -> None:
    f = Formatter()
    print("[" + f.pad("abc") + "]")
    print("[" + f.pad("abc", "right") + "]")
    print("[" + f.pad("abc", align="center") + "]")
    print("[" + f.pad("abc", upper=True) + "]")
    print("[" + f.pad(text="xy", upper=True, align="right") + "]")
    g = Formatter(6, ".")
    h = Formatter(fill="*")
    k = Formatter(width=4)
    print(g.row(["a", "bb", "ccc"]))
    print(g.row(["a", "bb"], sep="#"))
    print(h.row(["left", "right"], align="right", sep=" : "))
    print(k.row(["1", "22", "333", "4444", "55555"]))
    m = g.merge(k)
    n = g.merge(other=h, extra=2)
    print(m.width, repr(m.fill), n.width, repr(n.fill))
    print("[" + n.pad("merged", "center") + "]")


if __name__ == "__main__":
    main()
