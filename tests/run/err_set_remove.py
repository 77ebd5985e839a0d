# Ends with KeyError: 7 from set.remove of a missing element (discard is silent).


def main() -> None:
    s = {1, 7, 3}
    s.remove(7)
    s.discard(7)
    print(s)
    seen: set[int] = set()
    for v in [5, 3, 5, 9, 3]:
        if v in seen:
            print("duplicate", v)
        seen.add(v)
    print(seen, len(seen))
    seen.discard(100)
    print(seen - s, seen & s)
    s.remove(7)
    print("not reached")


if __name__ == "__main__":
    main()
