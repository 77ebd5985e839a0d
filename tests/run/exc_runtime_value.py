# Run-time ValueError: int() and float() parsing, list.index and list.remove of missing values, str.index.


def to_int(s: str) -> int:
    try:
        return int(s)
    except ValueError as e:
        print("  int():", e)
        return 0


def main() -> None:
    print([to_int(s) for s in ["12", " 7 ", "1_000", "abc", "", "3.0", "-0", "+5"]])
    try:
        print(float("nope"))
    except ValueError as e:
        print("float():", e)
    xs = [3, 1, 4, 1, 5]
    try:
        print(xs.index(4), xs.index(9))
    except ValueError as e:
        print("index:", e)
    try:
        xs.remove(2)
    except ValueError as e:
        print("remove:", e)
    xs.remove(1)
    print(xs)
    words = ["a", "b"]
    try:
        words.index("c")
    except ValueError as e:
        print("str index:", e)
    try:
        print("hello".index("z"))
    except ValueError as e:
        print("str.index:", e)
    removed = 0
    for target in [1, 1, 1, 5]:
        try:
            xs.remove(target)
            removed += 1
        except ValueError:
            print("  no more", target)
    print(removed, xs)
    total = 0
    for tok in "10 x 20 3y 30".split():
        try:
            total += int(tok)
        except ValueError:
            total -= 1
    print("total", total)


if __name__ == "__main__":
    main()
