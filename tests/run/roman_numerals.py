# Roman numerals: encode with repeated subtraction (tuple-returning helper),
# then sanity checks with `in` and lengths.


def encode(n: int) -> str:
    out = ""
    out, n = take(out, n, 1000, "M")
    out, n = take(out, n, 900, "CM")
    out, n = take(out, n, 500, "D")
    out, n = take(out, n, 400, "CD")
    out, n = take(out, n, 100, "C")
    out, n = take(out, n, 90, "XC")
    out, n = take(out, n, 50, "L")
    out, n = take(out, n, 40, "XL")
    out, n = take(out, n, 10, "X")
    out, n = take(out, n, 9, "IX")
    out, n = take(out, n, 5, "V")
    out, n = take(out, n, 4, "IV")
    out, n = take(out, n, 1, "I")
    return out


def take(out: str, n: int, value: int, sym: str) -> tuple[str, int]:
    while n >= value:
        out += sym
        n -= value
    return (out, n)


def well_formed(s: str) -> bool:
    if "IIII" in s or "XXXX" in s or "CCCC" in s or "MMMM" in s:
        return False
    if "VV" in s or "LL" in s or "DD" in s or "IL" in s or "IC" in s or "XD" in s:
        return False
    return True


def roman_len_sum(lo: int, hi: int) -> int:
    total = 0
    for n in range(lo, hi):
        total += len(encode(n))
    return total


def main() -> None:
    for n in range(1, 21):
        print(n, encode(n))
    for n in range(40, 4000, 397):
        print(n, encode(n), len(encode(n)))
    print(encode(1994), encode(2024), encode(3888), len(encode(3888)))
    ok = 0
    for n in range(1, 400):
        if well_formed(encode(n)):
            ok += 1
    print("well formed:", ok, well_formed("IIII"), well_formed("MCMXCIV"))
    print("total letters 1..99:", roman_len_sum(1, 100), encode(1) < encode(2), "XL" < "XC")


main()
