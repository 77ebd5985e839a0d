# Caesar and Vigenère ciphers with ord/chr, str.isupper/islower, and a letter-frequency attack.

ALPHA = "abcdefghijklmnopqrstuvwxyz"


def shift_char(c: str, k: int) -> str:
    if c.islower():
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    if c.isupper():
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    return c


def caesar(text: str, k: int) -> str:
    return "".join([shift_char(c, k) for c in text])


def vigenere(text: str, key: str, sign: int) -> str:
    out = ""
    j = 0
    for c in text:
        if c.isalpha():
            out += shift_char(c, sign * (ord(key[j % len(key)]) - ord("a")))
            j += 1
        else:
            out += c
    return out


def guess_shift(cipher: str) -> int:
    counts = [0] * 26
    for c in cipher.lower():
        if c in ALPHA:
            counts[ord(c) - ord("a")] += 1
    best = counts.index(max(counts))
    return (best - (ord("e") - ord("a"))) % 26


def main() -> None:
    msg = "Meet me near the Eastern gate at seven, bring the secret letters!"
    for k in [1, 3, 13, 25, -4]:
        enc = caesar(msg, k)
        print(k, enc)
        print(caesar(enc, -k) == msg)
    enc = caesar(msg, 11)
    k = guess_shift(enc)
    print("guessed", k, caesar(enc, -k))
    v = vigenere(msg, "lemon", 1)
    print(v)
    print(vigenere(v, "lemon", -1))
    print(caesar("Zebra-Yak 123 ÄÖ", 2))
    table = {c: shift_char(c, 3) for c in ALPHA[:6]}
    print(table)


if __name__ == "__main__":
    main()
