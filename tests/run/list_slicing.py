# Slicing corner cases: negative steps, out-of-range bounds, empty slices, slices of slices.


def main() -> None:
    a = list(range(10))
    print(a[2:5], a[:3], a[7:], a[:], a[::2], a[1::2])
    print(a[::-1], a[::-2], a[-1::-3], a[8:2:-2])
    print(a[-3:], a[:-3], a[-3:-1], a[-1:-3], a[-1:-3:-1])
    print(a[5:2], a[5:5], a[100:], a[:100], a[-100:3], a[3:-100])
    print(a[100::-1], a[-100::-1], a[:-100:-1], a[5:100:-1])
    print(a[::3], a[::10], a[::11], a[1:2:100])
    print(a[2:8][::-1], a[::-1][2:8], a[1:][1:][1:])
    n = len(a)
    for start in [-12, -3, 0, 4, 12]:
        print(start, a[start:start + 3], a[start::-4])
    lo = 3
    hi = 7
    step = 2
    print(a[lo:hi:step], a[hi:lo:-step], a[-hi:-lo], a[n:0:-1])
    e: list[int] = []
    print(e[:], e[::-1], e[1:5], e[-1:])
    t = (1, 2, 3, 4, 5)
    print(t[1:3], t[::-1], t[4:1:-1], t[9:])
    words = ["a", "bb", "ccc", "dddd"]
    print(words[1:3], words[-2:], words[::-1][0])
    b = a[2:6]
    b[0] = 99
    print(a[2], b)
    print(a[1:9:3] == [1, 4, 7], a[0:0] == [], a[::-1][::-1] == a)


if __name__ == "__main__":
    main()
