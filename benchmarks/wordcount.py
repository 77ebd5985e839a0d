# Word frequencies: build a text deterministically, split/lower/strip into a dict[str, int], print the top words.

WORDS = [
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be", "by",
    "on", "not", "he", "this", "are", "or", "his", "from", "at", "which", "but", "have", "an", "had",
    "they", "you", "were", "their", "one", "all", "we", "can", "her", "has", "there", "been", "if",
    "more", "when", "will", "would", "who", "so", "no", "compiler", "python", "native", "code", "fast",
]
PUNCT = ["", "", "", "", ".", ",", ";", ""]


def build_text(n: int, seed: int) -> str:
    parts: list[str] = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        r = x // 65536
        a = r % len(WORDS)
        b = (r // 64) % len(WORDS)
        w = WORDS[min(a, b)]
        if r % 11 == 0:
            w = w.capitalize()
        elif r % 29 == 0:
            w = w.upper()
        w += PUNCT[(r // 4096) % len(PUNCT)]
        parts.append(w)
        parts.append("\n" if i % 13 == 12 else " ")
    return "".join(parts)


def count_words(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for raw in text.split():
        w = raw.lower().strip(".,;")
        if w:
            counts[w] = counts.get(w, 0) + 1
    return counts


def main() -> None:
    text = build_text(480000, 42)
    counts = count_words(text)
    total = 0
    for c in counts.values():
        total += c
    print("characters", len(text))
    print("words", total, "unique", len(counts))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for word, c in top[:12]:
        print(f"{word:<10} {c:>7}")
    print("rarest", top[-1][0], top[-1][1])


if __name__ == "__main__":
    main()
