class Animal:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Animal({self.name!r})"


class Dog(Animal):
    pass


def main() -> None:
    a = [1, 2]
    b = (3, 4)
    s = {5, 6}
    print([*a, *b, 7])
    print([0, *a, *range(3)])
    print([*"abc", "d"])
    print((*a, 1))
    print((*b, "x", *b))
    t = (*b, *b)
    print(t, len(t))
    print({*s, 2, *a})
    print({*s})
    d1 = {"a": 1, "b": 2}
    d2 = {"b": 20, "c": 30}
    print({**d1, "k": 1, **d2})
    print({"z": 0, **d1})
    e: dict[str, int] = {**d1}
    print(e)
    dogs = [Dog("rex")]
    zoo: list[Animal] = [Animal("cat"), *dogs]
    print(zoo)
    vt: tuple[int, ...] = (*a, *a)
    print(vt)
    print([*[], *a])
    print([*{1: "a", 2: "b"}])
    print([*d1.items()])
    x, *y = [*a, *b]
    print(x, y)
    n = 0
    for v in [*a, *b]:
        n += v
    print(n)


main()
