# Ends with KeyError: "it's" — the key's repr uses double quotes; a partial line is flushed first.


def normalize(word: str) -> str:
    return word.lower().strip(".,!?")


def main() -> None:
    counts: dict[str, int] = {}
    for w in "Its a test. It is, its TEST!".split():
        key = normalize(w)
        counts[key] = counts.get(key, 0) + 1
    print(counts)
    for word in ["its", "test", "a"]:
        print(word, counts[word])
    print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    print("looking up it's:", end=" ")
    print(counts["it's"])
    print("not reached")


if __name__ == "__main__":
    main()
