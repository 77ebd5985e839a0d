# Roman numerals with a list of (value, symbol) tuples and a dict for parsing; round trips and sorting.

TABLE = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n: int) -> str:
    out = ""
    for value, sym in TABLE:
        while n >= value:
            out += sym
            n -= value
    return out


def from_roman(s: str) -> int:
    total = 0
    for i, ch in enumerate(s):
        v = VALUES[ch]
        if i + 1 < len(s) and VALUES[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def main() -> None:
    nums = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]
    romans = [to_roman(n) for n in nums]
    print(romans)
    print([from_roman(r) for r in romans] == nums)
    print(all([from_roman(to_roman(n)) == n for n in range(1, 4000)]))
    lengths = {n: len(to_roman(n)) for n in range(1, 4000)}
    longest = max(lengths.values())
    print(longest, [n for n, l in lengths.items() if l == longest])
    print(sorted(romans), sorted(romans, key=from_roman))
    symbol_use: dict[str, int] = {}
    for n in range(1, 101):
        for ch in to_roman(n):
            symbol_use[ch] = symbol_use.get(ch, 0) + 1
    print(symbol_use)


if __name__ == "__main__":
    main()
