# String comparisons by code point, sorting words case-sensitively and by custom keys, min/max of strings.


def main() -> None:
    pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("", "a"), ("abc", "abd"), ("ab", "abc"), ("Z", "a"),
             ("é", "e"), ("é", "f"), ("😀", "漢"), ("10", "9"), ("a ", "a")]
    for x, y in pairs:
        print(repr(x), repr(y), x < y, x <= y, x == y, x != y, x > y, x >= y)
    words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "Zebra", "10", "9", ""]
    print(sorted(words))
    print(sorted(words, key=lambda w: w.lower()))
    print(sorted(words, key=lambda w: (w.lower(), w)))
    print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
    print(min(words), max(words), min(words, key=len), max(words, key=len))
    nums = ["10", "9", "100", "1"]
    print(sorted(nums), sorted(nums, key=int), sorted(nums, key=lambda s: (len(s), s)))
    a = "a"
    b = "b"
    print("abc" < "abd" < "abe", b > a > "", a == a != b, a < b < a)
    print(sorted("hello world"), "".join(sorted("hello world")).strip())
    x = "same"
    y = "sa" + "me"
    print(x == y, x != y, x < y, x >= y)


if __name__ == "__main__":
    main()
