# Dict insertion order with deletions, re-insertions, value updates, pop and update of existing keys.


def show(d: dict[str, int]) -> None:
    print(list(d), d)


def main() -> None:
    d: dict[str, int] = {}
    for name in ["one", "two", "three", "four"]:
        d[name] = len(name)
    show(d)
    d["two"] = 22
    show(d)
    del d["one"]
    show(d)
    d["one"] = 1
    show(d)
    d.pop("three")
    d["three"] = 3
    show(d)
    d.update({"four": 44, "five": 5})
    show(d)
    d.setdefault("two", 0)
    d.setdefault("six", 6)
    show(d)
    for k in ["two", "six", "two"]:
        if k in d:
            del d[k]
        else:
            d[k] = 0
    show(d)
    n: dict[int, str] = {}
    for i in range(10):
        n[i * 7 % 10] = str(i)
    print(n)
    for i in range(0, 10, 2):
        del n[i]
    print(n)
    for i in range(0, 10, 3):
        n[i] = "re" + str(i)
    print(n)
    churn: dict[int, int] = {}
    for i in range(200):
        churn[i] = i
        if i >= 5:
            del churn[i - 5]
    print(churn)
    churn[0] = 0
    churn[197] = -1
    print(churn, list(churn.values()))
    rebuilt = dict(sorted(d.items()))
    print(rebuilt)
    rev = {k: v for k, v in reversed(list(d.items()))}
    print(rev)


if __name__ == "__main__":
    main()
