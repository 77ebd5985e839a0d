# Group anagrams with dict[str, list[str]] keyed by sorted letters; report groups sorted by size and key.

WORDS = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog",
         "god", "odg", "bird", "drib", "rat", "tar", "art", "star", "tars", "rats", "arts", "x"]


def key_of(w: str) -> str:
    return "".join(sorted(w))


def main() -> None:
    groups: dict[str, list[str]] = {}
    for w in WORDS:
        groups.setdefault(key_of(w), []).append(w)
    print(len(groups))
    for k, ws in groups.items():
        print(k, ws)
    ranked = sorted(groups.values(), key=lambda g: (-len(g), g[0]))
    print(ranked)
    big = {k: v for k, v in groups.items() if len(v) >= 3}
    print(sorted(big), sum([len(v) for v in big.values()]))
    singles = [v[0] for v in groups.values() if len(v) == 1]
    print(singles)
    letters: dict[str, int] = {}
    for w in WORDS:
        for ch in set(w):
            letters[ch] = letters.get(ch, 0) + 1
    print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
    print([w for w in WORDS if key_of(w) == key_of("tsar")])


if __name__ == "__main__":
    main()
