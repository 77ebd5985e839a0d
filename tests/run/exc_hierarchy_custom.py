# A hierarchy of custom exceptions: handlers for a base class catch subclasses; the most specific clause wins.


class StoreError(Exception):
    pass


class NotFound(StoreError):
    def __init__(self, key: str) -> None:
        super().__init__("not found: " + key)
        self.key = key


class Conflict(StoreError):
    pass


class HardConflict(Conflict):
    pass


class Store:
    def __init__(self) -> None:
        self.data: dict[str, int] = {}

    def get(self, key: str) -> int:
        if key not in self.data:
            raise NotFound(key)
        return self.data[key]

    def create(self, key: str, v: int) -> None:
        if key in self.data:
            if self.data[key] == v:
                raise Conflict("duplicate " + key)
            raise HardConflict(f"{key} exists with {self.data[key]}")
        self.data[key] = v


def attempt(s: Store, op: str, key: str, v: int) -> str:
    try:
        if op == "get":
            return "value " + str(s.get(key))
        s.create(key, v)
        return "created"
    except NotFound as e:
        return "NotFound(" + e.key + ")"
    except HardConflict as e:
        return "hard: " + str(e)
    except StoreError as e:
        return "store error " + type(e).__name__ + ": " + str(e)


def main() -> None:
    s = Store()
    ops = [("create", "a", 1), ("get", "a", 0), ("get", "b", 0), ("create", "a", 1), ("create", "a", 2), ("create", "b", 5), ("get", "b", 0)]
    for op, k, v in ops:
        print(op, k, "->", attempt(s, op, k, v))
    excs: list[StoreError] = [NotFound("q"), Conflict("c"), HardConflict("h"), StoreError("base")]
    for exc in excs:
        try:
            raise exc
        except Conflict as e:
            print("Conflict branch:", type(e).__name__, e, isinstance(e, HardConflict))
        except StoreError as e:
            print("StoreError branch:", type(e).__name__, e, isinstance(e, NotFound))
    try:
        s.get("zzz")
    except Exception as e:
        print("as Exception:", type(e).__name__, e, isinstance(e, StoreError), isinstance(e, Conflict))


if __name__ == "__main__":
    main()
