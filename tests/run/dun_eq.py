# __eq__ drives ==, != , `in` on lists, list.index, list.count, list.remove and list equality.


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other: "Point") -> bool:
        return self.x == other.x and self.y == other.y

    def __repr__(self) -> str:
        return f"P({self.x},{self.y})"


class Word:
    def __init__(self, text: str) -> None:
        self.text = text

    def __eq__(self, other: "Word") -> bool:
        return self.text.lower() == other.text.lower()

    def __repr__(self) -> str:
        return repr(self.text)


def main() -> None:
    a = Point(1, 2)
    b = Point(1, 2)
    c = Point(2, 1)
    print(a == b, a == c, a != b, a != c, a is b)
    pts = [Point(0, 0), Point(1, 2), Point(3, 4), Point(1, 2)]
    print(a in pts, c in pts, c not in pts)
    print(pts.index(b), pts.count(a), pts.count(c))
    pts.remove(Point(1, 2))
    print(pts)
    print(pts == [Point(0, 0), Point(3, 4), Point(1, 2)], pts == [Point(0, 0)])
    words = [Word("Apple"), Word("banana"), Word("APPLE"), Word("cherry")]
    print(Word("apple") in words, words.count(Word("aPPle")), words.index(Word("CHERRY")))
    uniq: list[Word] = []
    for w in words:
        if w not in uniq:
            uniq.append(w)
    print(uniq)
    print([w == Word("banana") for w in words])
    print((a, 1) == (b, 1), [[a]] == [[b]], {"k": a} == {"k": c})


if __name__ == "__main__":
    main()
