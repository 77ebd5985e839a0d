# Ends with an explicitly raised KeyError whose last traceback line shows the key's repr.


class Registry:
    def __init__(self) -> None:
        self.handlers: dict[str, int] = {}

    def register(self, name: str, prio: int) -> None:
        if name in self.handlers:
            raise ValueError("duplicate " + name)
        self.handlers[name] = prio

    def resolve(self, name: str) -> int:
        if name not in self.handlers:
            raise KeyError(name)
        return self.handlers[name]


def main() -> None:
    r = Registry()
    for n, p in [("log", 1), ("auth", 5), ("log", 2), ("cache", 3)]:
        try:
            r.register(n, p)
            print("registered", n)
        except ValueError as e:
            print("skip:", e)
    print([r.resolve(n) for n in ["auth", "cache", "log"]])
    print(r.resolve("metrics"))
    print("not reached")


if __name__ == "__main__":
    main()
