# Counting with dicts: characters, words, buckets; most common with (-count, key) ordering.

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""


def main() -> None:
    chars: dict[str, int] = {}
    for ch in TEXT.lower():
        if ch.isalpha():
            chars[ch] = chars.get(ch, 0) + 1
    top = sorted(chars.items(), key=lambda kv: (-kv[1], kv[0]))
    print(top[:8])
    print(len(chars), sum(chars.values()))
    words: dict[str, int] = {}
    for raw in TEXT.split():
        w = raw.strip(",.").lower()
        if w in words:
            words[w] += 1
        else:
            words[w] = 1
    print(words)
    ranked = sorted(words, key=lambda k: (-words_count(k), k))
    print(ranked[:5])
    by_count: dict[int, list[str]] = {}
    for w, c in words.items():
        by_count.setdefault(c, []).append(w)
    for c in sorted(by_count, reverse=True):
        print(c, sorted(by_count[c]))
    lengths: dict[int, int] = {}
    for w in words:
        lengths[len(w)] = lengths.get(len(w), 0) + words[w]
    print(dict(sorted(lengths.items())))
    buckets = [0] * 5
    for v in chars.values():
        buckets[min(v // 5, 4)] += 1
    print(buckets)


def words_count(k: str) -> int:
    n = 0
    for raw in TEXT.split():
        if raw.strip(",.").lower() == k:
            n += 1
    return n


if __name__ == "__main__":
    main()
