# Ends with KeyError: 'gone' from dict.pop without a default on a key popped earlier.


def drain(d: dict[str, int], keys: list[str]) -> int:
    total = 0
    for k in keys:
        v = d.pop(k)
        total += v
        print("popped", k, v, "left", d)
    return total


def main() -> None:
    d = {"gone": 1, "kept": 2, "also": 3}
    print(d.pop("gone"), d)
    print(d.pop("gone", -1), d.pop("also", -1), d)
    d["gone"] = 10
    d["new"] = 20
    print(drain(d, ["new", "gone"]))
    print(d)
    print(drain(d, ["kept", "gone"]))
    print("not reached")


if __name__ == "__main__":
    main()
