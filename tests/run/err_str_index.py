# Ends with IndexError: string index out of range on a unicode string indexed by code points.


def char_at(s: str, i: int) -> str:
    return s[i]


def main() -> None:
    s = "héllo😀"
    for i in range(len(s)):
        print(i, s[i], ord(s[i]))
    print(s[len(s) - 1], s[-len(s)], char_at(s, -1))
    words = s.split("l")
    print(words, [w[0] for w in words if w])
    total = 0
    for w in words:
        total += len(w)
    print("total", total)
    print(char_at(words[1], 0))
    print("not reached")


if __name__ == "__main__":
    main()
