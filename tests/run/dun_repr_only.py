# A class with only __repr__: print, str(), f-strings and containers all fall back to it.


class Vec:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return "Vec(" + str(self.x) + ", " + str(self.y) + ")"


class Tag:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return "<" + self.name + ">"


class Label:
    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return "Label: " + self.text

    def __repr__(self) -> str:
        return "Label(" + repr(self.text) + ")"


def main() -> None:
    v = Vec(1, -2)
    print(v)
    print(str(v), repr(v), f"{v}", f"{v!r}")
    vs = [Vec(i, i * i) for i in range(3)]
    print(vs)
    print({"origin": Vec(0, 0)}, (v, v))
    t = Tag("b")
    print(t, [t, Tag("i")], str(t) == repr(t))
    print("%s and %r" % (str(v), repr(t)))
    lab = Label("it's")
    print(lab)
    print(repr(lab), [lab], f"[{lab}]", f"[{lab!r}]")
    grid = [[Vec(0, 0), Vec(0, 1)], [Vec(1, 0)]]
    print(grid)
    print(len(str(grid)), str(vs[2]))


if __name__ == "__main__":
    main()
