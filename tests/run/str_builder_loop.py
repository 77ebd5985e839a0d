# Building strings with += in loops, * repetition, concatenation of pieces and conversions with str().


def binary(n: int) -> str:
    if n == 0:
        return "0"
    out = ""
    while n > 0:
        out = str(n % 2) + out
        n //= 2
    return out


def triangle(n: int) -> str:
    out = ""
    for i in range(1, n + 1):
        out += " " * (n - i) + "*" * (2 * i - 1) + "\n"
    return out


def main() -> None:
    s = ""
    for i in range(10):
        s += str(i)
    print(s, len(s))
    t = ""
    for word in ["alpha", "beta", "gamma"]:
        if t:
            t += ", "
        t += word.upper()
    print(t)
    print([binary(n) for n in [0, 1, 2, 5, 10, 255, 1024]])
    print(triangle(4), end="")
    acc = ""
    for ch in "héllo wörld":
        acc = ch + acc
    print(acc)
    line = "-" * 20
    print(line, len(line), "ab" * 3, "x" * 0 == "", repr("" * 100), 3 * "o")
    big = ""
    for i in range(1000):
        big += chr(ord("a") + i % 26)
    print(len(big), big[:30], big[-5:], big.count("z"))
    parts: list[str] = []
    for i in range(5):
        parts.append(str(i * i))
    print("+".join(parts), "=", sum([int(p) for p in parts]))
    rows = ""
    for r in range(3):
        for c in range(4):
            rows += str(r * 4 + c).rjust(3)
        rows += "\n"
    print(rows, end="")
    csv = ""
    for name, score in [("ann", 9.5), ("bob", 7.25)]:
        csv += name + "," + str(score) + "\n"
    print(csv, end="")
    e = "😀"
    e += e
    e += "!"
    print(e, len(e))


if __name__ == "__main__":
    main()
