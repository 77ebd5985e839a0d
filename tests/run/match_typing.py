from typing import cast


def longest(words: list[str]) -> None:
    best = None
    for w in words:
        match w:
            case "":
                continue
            case _ if best is None or len(w) > len(best):
                best = w
    print(best)


longest(["a", "", "abc", "ab"])
n = cast(int, 5)
match cast(int, n):
    case 5:
        print("five")
