# __eq__ declared with `other: object` and isinstance narrowing; comparing against another class gives False.


class Pixel:
    def __init__(self, r: int, g: int, b: int) -> None:
        self.r = r
        self.g = g
        self.b = b

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Pixel):
            return False
        return self.r == other.r and self.g == other.g and self.b == other.b

    def __repr__(self) -> str:
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"


class Gray:
    def __init__(self, level: int) -> None:
        self.level = level

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Gray):
            return self.level == other.level
        return False

    def __repr__(self) -> str:
        return f"Gray({self.level})"


def main() -> None:
    a = Pixel(255, 128, 0)
    b = Pixel(255, 128, 0)
    c = Pixel(0, 0, 0)
    print(a, b, c, a == b, a == c, a != c, b != a)
    g = Gray(0)
    print(g == Gray(0), g == Gray(1), g != Gray(0))
    palette = [Pixel(0, 0, 0), Pixel(255, 255, 255), Pixel(255, 128, 0)]
    print(a in palette, Pixel(1, 2, 3) in palette, palette.index(b), palette.count(c))
    print(palette == [Pixel(0, 0, 0), Pixel(255, 255, 255), Pixel(255, 128, 0)])
    grays = [Gray(i * 64) for i in range(4)]
    print(grays, Gray(128) in grays, grays.index(Gray(192)))
    print([p == Pixel(255, 255, 255) for p in palette])


if __name__ == "__main__":
    main()
