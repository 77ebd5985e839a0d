# sorted() over lists, tuples, strings, dicts, sets and ranges; key= and reverse= combinations.


def last_char(s: str) -> str:
    return s[-1]


def main() -> None:
    print(sorted([5, 2, 9, 1]), sorted((3, 1, 2)), sorted("banana"))
    d = {"pear": 3, "apple": 7, "fig": 1}
    print(sorted(d), sorted(d.values()), sorted(d.items()))
    print(sorted(d, key=lambda k: d_value_helper(k)))
    print(sorted(d.items(), key=lambda kv: kv[1], reverse=True))
    print(sorted({9, 4, 7, -2}), sorted(range(5), reverse=True))
    print(sorted(["kiwi", "Banana", "apple", "cherry"], key=lambda s: s.lower()))
    print(sorted(["kiwi", "Banana", "apple", "cherry"], key=last_char))
    print(sorted(["kiwi", "Banana", "apple", "cherry"], key=len, reverse=True))
    print(sorted([3.5, -2.25, 1e10, 0.0]))
    print(sorted([(1, 2.0), (1, 1.5), (0, 9.0)], reverse=True))
    print(sorted([[2, 1], [1, 2, 3], [1, 2]]))
    print(sorted(["b", "a"], reverse=False))
    xs = [4, 1, 3]
    ys = sorted(xs)
    ys.append(0)
    print(xs, ys, xs == ys)
    e: list[int] = []
    print(sorted(e) == e, sorted("") == [], sorted(e, reverse=True))
    grades = {"ann": [90, 85], "bob": [70, 95, 80], "cy": [88]}
    print(sorted(grades, key=lambda name: sum(grades_helper(name))))
    print(sorted(grades.items(), key=lambda kv: len(kv[1])))
    print(sorted(grades.items(), key=lambda kv: (-max(kv[1]), kv[0])))


def d_value_helper(k: str) -> int:
    return {"pear": 3, "apple": 7, "fig": 1}[k]


def grades_helper(name: str) -> list[int]:
    return {"ann": [90, 85], "bob": [70, 95, 80], "cy": [88]}[name]


if __name__ == "__main__":
    main()
