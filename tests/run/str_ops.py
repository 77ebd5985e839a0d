# String concatenation, repetition, comparison, membership and len.


def repeat_join(s: str, n: int, sep: str) -> str:
    out = ""
    for i in range(n):
        if i > 0:
            out = out + sep
        out = out + s
    return out


def main() -> None:
    a = "hello"
    b = "world"
    print(a + " " + b, a + b, "" + "", len(a + b))
    print("ab" * 3, "ab" * 0, "ab" * -2, "-" * 20, "" * 5, 3 * "xy")
    print(len(""), len("a"), len("hello world"), len("a" * 100))
    print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "abc" < "ab", "ab" < "abc")
    print("a" == "a", "a" != "A", "abc" <= "abc", "abd" >= "abc", "b" > "abc")
    print("10" < "9", "apple" < "banana" < "cherry", "B" < "a" < "b")
    print("ell" in a, "low" in a, "" in a, "" in "", "hello" in a, "helloo" in a)
    print("x" not in a, "o" not in a, " " in a + " " + b)
    print(repeat_join("na", 4, ""), repeat_join("ab", 3, ", "), repeat_join("z", 0, "?"))
    s = ""
    for i in range(5):
        s += str(i)
    print(s, len(s), s == "01234", s < "1", s > "0")
    line = "=" * 10 + " title " + "=" * 10
    print(line, len(line))
    word = "level"
    print(word == "lev" + "el", word + word == word * 2)
    n = 3
    print("*" * n + "-" * (10 - 2 * n) + "*" * n)
    for i in range(1, 6):
        print(" " * (5 - i) + "#" * (2 * i - 1))
    empty = ""
    if not empty:
        print("empty string is falsy")
    if a:
        print("non-empty string is truthy")
    print(max(len(a), len("longer string")), min(len(a), len(b)))
    c = "mississippi"
    print("ss" in c, "sis" in c, "pp" in c, "ppp" in c, "mississippi" in c)
    print(c < "missouri", c > "miss", "Mississippi" < c)
    print("tab\there", "quote\"s", 'single\'s', "back\\slash")
    print(len("tab\there"), len("\n"), len("\\"), len("\x41\u00e9"))


main()
