# Ends with KeyError: 'pop from an empty set' after draining a set with pop().


def main() -> None:
    s = {4, 8, 15, 16, 23, 42}
    total = 0
    while s:
        v = s.pop()
        total += v
        print("popped", v, "total", total, "left", len(s))
    print(s, total)
    s.add(1)
    print(s.pop(), s)
    t = {n * n for n in range(5)}
    u = set(t)
    print(t, u == t)
    while u:
        u.pop()
    print(u, t)
    s.pop()
    print("not reached")


if __name__ == "__main__":
    main()
