# Spelling numbers in English with lists and dicts of words; checks letter counts like Project Euler 17.

ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
SCALES = [(1000000000, "billion"), (1000000, "million"), (1000, "thousand")]


def below_thousand(n: int) -> str:
    parts: list[str] = []
    if n >= 100:
        parts.append(ONES[n // 100] + " hundred")
        n %= 100
        if n:
            parts.append("and")
    if n >= 20:
        word = TENS[n // 10]
        if n % 10:
            word += "-" + ONES[n % 10]
        parts.append(word)
    elif n > 0:
        parts.append(ONES[n])
    return " ".join(parts)


def spell(n: int) -> str:
    if n == 0:
        return "zero"
    if n < 0:
        return "minus " + spell(-n)
    parts: list[str] = []
    for value, name in SCALES:
        if n >= value:
            parts.append(below_thousand(n // value) + " " + name)
            n %= value
    if n:
        if parts and n < 100:
            parts.append("and")
        parts.append(below_thousand(n))
    return " ".join(parts)


def main() -> None:
    for n in [0, 7, 13, 20, 42, 99, 100, 101, 115, 342, 999, 1000, 1001, 2024, 90210, 1000000, 1234567890, -15]:
        print(f"{n:>11,}: {spell(n)}")
    total = sum([len(spell(n).replace(" ", "").replace("-", "")) for n in range(1, 1001)])
    print(total)
    lengths = {n: len(spell(n)) for n in range(1, 100)}
    longest = max(lengths, key=lambda k: lengths_helper(k))
    print(longest, spell(longest))


def lengths_helper(k: int) -> int:
    return len(spell(k))


if __name__ == "__main__":
    main()
