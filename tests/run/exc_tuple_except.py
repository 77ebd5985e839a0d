# `except (A, B) as e:` with tuples of exception types, reporting which one was caught.


def lookup(table: dict[str, list[int]], key: str, i: int) -> int:
    return table[key][i]


def convert(s: str) -> float:
    n = int(s)
    return 100.0 / n


def main() -> None:
    table = {"a": [1, 2, 3], "b": []}
    for key, i in [("a", 1), ("a", 5), ("c", 0), ("b", 0), ("a", -1)]:
        try:
            print(key, i, "->", lookup(table, key, i))
        except (KeyError, IndexError) as e:
            print(key, i, "->", type(e).__name__, e)
    for s in ["4", "0", "x", "-8", ""]:
        try:
            print(repr(s), convert(s))
        except (ValueError, ZeroDivisionError) as e:
            print(repr(s), "failed:", type(e).__name__, str(e))
    errors = 0
    for k in ["a", "b", "zz"]:
        try:
            v = lookup(table, k, 0) // lookup(table, "a", 0)
            print("ratio", v)
        except (KeyError, IndexError, ZeroDivisionError) as e:
            errors += 1
            print("error", errors, repr(e))
    try:
        int("12a")
    except (IndexError, ValueError, KeyError) as e:
        print("third in tuple", type(e).__name__, e)


if __name__ == "__main__":
    main()
