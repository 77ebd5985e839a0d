# reversed() over lists, strings, ranges and dict key lists; range objects as values.


def main() -> None:
    xs = [1, 2, 3, 4]
    print(list(reversed(xs)), xs)
    for x in reversed(xs):
        print(x, end=" ")
    print()
    print("".join(reversed("stressed")), list(reversed("abc")))
    print(list(reversed(range(5))), list(reversed(range(2, 20, 5))))
    none: list[int] = []
    print(list(reversed(none)), list(reversed(["only"])))
    d = {"a": 1, "b": 2, "c": 3}
    print(list(reversed(list(d))), [k for k in reversed(list(d.items()))])
    r = range(3, 15, 4)
    print(r, list(r), len(r), 7 in r, 8 in r, r[0], r[-1])
    print(range(5), range(0), range(-3, 3), range(10, 0, -3))
    print(list(range(10, 0, -3)), list(range(0)), list(range(-3, 3)))
    print(len(range(0, 100, 7)), len(range(10, 0)), len(range(10, 0, -1)))
    print(sum(range(1, 11)), max(range(4)), min(range(4, 9)), sorted(range(3), reverse=True))
    print(list(range(5))[::-1] == list(reversed(range(5))))
    back: list[int] = []
    for i in reversed(range(len(xs))):
        back.append(xs[i] * 10)
    print(back)
    t = (1, 2, 3)
    print(list(reversed(t)), t[::-1])


if __name__ == "__main__":
    main()
