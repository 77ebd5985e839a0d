# String slicing and indexing: negative indices and steps, out-of-range bounds, empty slices, unicode.


def is_palindrome(s: str) -> bool:
    return s == s[::-1]


def main() -> None:
    s = "Hello, World"
    print(s[0], s[-1], s[7], s[-5], s[len(s) - 1])
    print(s[:5], s[7:], s[-5:], s[:-7], s[2:-2], s[::2], s[1::3])
    print(s[::-1], s[-1:-6:-1], s[10:2:-3], s[100:], repr(s[5:2]), s[-100:3], repr(s[3:-100]))
    print(s[100::-1] == s[::-1], repr(s[-100::-1]), repr(s[:100:-1]), s[::100], s[::-100])
    for i in range(-3, 4):
        print(i, repr(s[i:i + 2]), repr(s[i:]), end="; ")
    print()
    u = "añb😀c漢"
    print(u[1], u[3], u[-1], u[1:4], u[::-1], u[::2], u[-3:])
    words = ["level", "hello", "racecar", "", "a", "ab"]
    print([w for w in words if is_palindrome(w)])
    name = "multigen.py"
    print(name[:name.find(".")], name[-3:], name[:-3].upper())
    digits = "0123456789"
    print(digits[::3], digits[1::3], digits[2::3], digits[8:1:-2], digits[-1:-11:-1])
    rot = [digits[i:] + digits[:i] for i in range(0, 10, 3)]
    print(rot)
    e = ""
    print(repr(e[:]), repr(e[::-1]), repr(e[1:]), repr(e[-1:]))
    chunks = [digits[i:i + 4] for i in range(0, len(digits), 4)]
    print(chunks)
    print(s[1:10:2][::-1], (s + s)[10:15], s[3] + s[-3] + s[4:6])


if __name__ == "__main__":
    main()
