# __lt__ and friends used by sorted, list.sort, min, max and comparison operators.


class Version:
    def __init__(self, text: str) -> None:
        self.parts = [int(p) for p in text.split(".")]
        self.text = text

    def __lt__(self, other: "Version") -> bool:
        return self.parts < other.parts

    def __le__(self, other: "Version") -> bool:
        return self.parts <= other.parts

    def __gt__(self, other: "Version") -> bool:
        return self.parts > other.parts

    def __ge__(self, other: "Version") -> bool:
        return self.parts >= other.parts

    def __eq__(self, other: "Version") -> bool:
        return self.parts == other.parts

    def __repr__(self) -> str:
        return "v" + self.text


class Task:
    def __init__(self, prio: int, name: str) -> None:
        self.prio = prio
        self.name = name

    def __lt__(self, other: "Task") -> bool:
        if self.prio != other.prio:
            return self.prio > other.prio
        return self.name < other.name

    def __repr__(self) -> str:
        return f"{self.name}:{self.prio}"


def main() -> None:
    vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.0", "0.9.9", "2.0", "1.10"]]
    print(sorted(vs))
    print(sorted(vs, reverse=True))
    print(min(vs), max(vs))
    a = Version("1.2")
    b = Version("1.10")
    print(a < b, a <= b, a > b, a >= b, a == b, a == Version("1.2"), a != b)
    print(Version("3.0") > Version("2.99.99"), Version("1.0") <= Version("1.0"))
    tasks = [Task(1, "write"), Task(3, "fix"), Task(2, "test"), Task(3, "deploy"), Task(1, "docs")]
    tasks.sort()
    print(tasks)
    print(min(tasks), max(tasks))
    print(sorted(tasks, key=lambda t: t.name))
    queue = [Task(5, "urgent")] + tasks
    queue.sort(reverse=True)
    print(queue)
    print(min(Task(2, "b"), Task(2, "a")), max(Task(0, "z"), Task(9, "y"), Task(4, "x")))


if __name__ == "__main__":
    main()
