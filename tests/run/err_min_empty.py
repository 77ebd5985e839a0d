# Ends with ValueError: min() arg is an empty sequence on an empty list of strings.


def shortest(words: list[str]) -> str:
    return min(words, key=len)


def main() -> None:
    groups: dict[str, list[str]] = {"fruit": ["kiwi", "fig", "banana"], "veg": ["leek"], "none": []}
    for name in ["fruit", "veg"]:
        ws = groups[name]
        print(name, shortest(ws), min(ws), max(ws))
    print({k: len(v) for k, v in groups.items()})
    print(min(groups["none"], default="?"))
    print(min(groups["none"]))
    print("not reached")


if __name__ == "__main__":
    main()
