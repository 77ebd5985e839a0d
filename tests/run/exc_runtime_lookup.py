# Run-time IndexError and KeyError from list indexing, list assignment, pop, dict lookup and del, caught and reported.


def safe_get(xs: list[int], i: int) -> int:
    try:
        return xs[i]
    except IndexError:
        return -999


def safe_lookup(d: dict[str, int], k: str) -> int:
    try:
        return d[k]
    except KeyError as e:
        print("  KeyError:", e)
        return 0


def main() -> None:
    xs = [10, 20, 30]
    print([safe_get(xs, i) for i in [0, 2, 3, -1, -3, -4, 100]])
    try:
        xs[5] = 1
    except IndexError as e:
        print("assign:", e)
    empty: list[int] = []
    try:
        print(empty.pop())
    except IndexError as e:
        print("pop empty:", e)
    try:
        xs.pop(7)
    except IndexError as e:
        print("pop index:", e)
    try:
        print("abc"[3])
    except IndexError as e:
        print("str:", e)
    try:
        t = (1, 2)
        print(t[2])
    except IndexError as e:
        print("tuple:", e)
    d = {"a": 1, "b": 2}
    print(safe_lookup(d, "a"), safe_lookup(d, "zz"), safe_lookup(d, ""))
    try:
        del d["q"]
    except KeyError as e:
        print("del:", repr(e))
    try:
        d.pop("nope")
    except KeyError as e:
        print("dict.pop:", e)
    nums = {1: "one", 2: "two"}
    try:
        print(nums[3])
    except KeyError as e:
        print("int key:", e, e.args)
    grid = {(0, 0): 5}
    try:
        print(grid[(1, 2)])
    except KeyError as e:
        print("tuple key:", e)
    s = {1, 2}
    try:
        s.remove(3)
    except KeyError as e:
        print("set remove:", e)
    print(xs, d)


if __name__ == "__main__":
    main()
