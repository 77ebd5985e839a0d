# Sort stability: equal keys keep their original order, also with reverse=True and repeated sorts.

RECORDS = [
    ("carol", 35, "ops"),
    ("alice", 30, "dev"),
    ("dave", 30, "ops"),
    ("bob", 25, "dev"),
    ("erin", 35, "dev"),
    ("frank", 25, "ops"),
    ("grace", 30, "dev"),
]


def by_age(r: tuple[str, int, str]) -> int:
    return r[1]


def main() -> None:
    recs = list(RECORDS)
    print([r[0] for r in sorted(recs, key=by_age)])
    print([r[0] for r in sorted(recs, key=by_age, reverse=True)])
    print([r[0] for r in sorted(recs, key=lambda r: r[2])])
    print([r[0] for r in sorted(recs, key=lambda r: r[2], reverse=True)])
    print([r[0] for r in sorted(recs, key=lambda r: (r[2], -r[1]))])
    step = sorted(recs, key=lambda r: r[0])
    step = sorted(step, key=lambda r: r[1])
    step = sorted(step, key=lambda r: r[2])
    print([r[0] for r in step])
    recs.sort(key=lambda r: len(r[0]))
    print([r[0] for r in recs])
    recs.sort(key=lambda r: len(r[0]), reverse=True)
    print([r[0] for r in recs])
    nums = [3, -1, 2, -3, 1, -2, 0]
    print(sorted(nums, key=abs))
    print(sorted(nums, key=abs, reverse=True))
    print(sorted(nums, key=lambda x: x % 3))
    words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
    print(sorted(words, key=len))
    print(sorted(words, key=len, reverse=True))
    words.sort(key=lambda w: -len(w))
    print(words)
    flags = [True, False, True, False]
    print(sorted(flags), sorted(flags, reverse=True))
    pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
    print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
    same = [5, 5, 5]
    same.sort(reverse=True)
    print(same, sorted([2.5, -0.0, 0.0, -1.5], reverse=True))
    print(sorted(nums), nums)


if __name__ == "__main__":
    main()
