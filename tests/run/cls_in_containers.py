# Objects stored in lists and as dict values: grouping, sorting by attributes, lookups and updates.


class Student:
    def __init__(self, name: str, grade: int, scores: list[int]) -> None:
        self.name = name
        self.grade = grade
        self.scores = scores

    def average(self) -> float:
        return sum(self.scores) / len(self.scores)

    def best(self) -> int:
        return max(self.scores)


def main() -> None:
    roster = [
        Student("ann", 10, [90, 85, 77]),
        Student("bob", 11, [60, 75, 80, 95]),
        Student("cid", 10, [88, 92]),
        Student("dee", 12, [70, 70, 71]),
        Student("eve", 11, [99, 100, 98]),
    ]
    for s in roster:
        print(f"{s.name:<4} {s.grade:>3} {s.average():7.2f} {s.best():>4}")
    by_name: dict[str, Student] = {}
    for s in roster:
        by_name[s.name] = s
    print(sorted(by_name.keys()), by_name["cid"].scores)
    by_grade: dict[int, list[Student]] = {}
    for s in roster:
        by_grade.setdefault(s.grade, []).append(s)
    for g in sorted(by_grade):
        print(g, [s.name for s in by_grade[g]])
    ranked = sorted(roster, key=lambda s: s.average(), reverse=True)
    print([s.name for s in ranked])
    by_grade_then_name = sorted(roster, key=lambda s: (-s.grade, s.name))
    print([(s.grade, s.name) for s in by_grade_then_name])
    by_name["bob"].scores.append(100)
    print(roster[1].scores, round(roster[1].average(), 3))
    top = max(roster, key=lambda s: s.best())
    low = min(roster, key=lambda s: s.average())
    print(top.name, low.name)
    honours = [s.name for s in roster if s.average() >= 85.0]
    print(honours, len(honours))
    del by_name["ann"]
    print(len(by_name), "ann" in by_name, len(roster))
    pairs = [(s.name, s.best()) for s in roster]
    print(pairs)
    totals = {g: sum([len(s.scores) for s in ss]) for g, ss in by_grade.items()}
    print(totals)


if __name__ == "__main__":
    main()
