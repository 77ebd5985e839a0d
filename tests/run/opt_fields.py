# Optional fields in classes: a parent pointer, an optional nickname and an optional cached list, set and cleared.
from typing import Optional


class Employee:
    def __init__(self, name: str, boss: Optional["Employee"] = None) -> None:
        self.name = name
        self.boss = boss
        self.nickname: Optional[str] = None
        self.cache: Optional[list[str]] = None
        self.rating: Optional[int] = None

    def display(self) -> str:
        if self.nickname is not None:
            return f"{self.name} '{self.nickname}'"
        return self.name

    def chain(self) -> list[str]:
        if self.cache is not None:
            return self.cache
        out = [self.name]
        cur = self.boss
        while cur is not None:
            out.append(cur.name)
            cur = cur.boss
        self.cache = out
        return out


def main() -> None:
    ceo = Employee("Zed")
    vp = Employee("Yan", ceo)
    mgr = Employee("Xia", vp)
    dev = Employee("Wu", mgr)
    for e in [ceo, vp, mgr, dev]:
        boss = e.boss
        print(e.display(), "->", boss.name if boss is not None else None, e.chain())
    print(dev.cache, ceo.cache, vp.rating)
    dev.nickname = "dubs"
    print(dev.display(), dev.nickname)
    dev.nickname = None
    print(dev.display(), dev.nickname)
    mgr.boss = ceo
    print(mgr.chain(), dev.chain())
    dev.cache = None
    print(dev.chain())
    ratings = {"Zed": 5, "Wu": 3}
    for e in [ceo, vp, mgr, dev]:
        e.rating = ratings.get(e.name, -1)
        if e.rating == -1:
            e.rating = None
    print([e.rating for e in [ceo, vp, mgr, dev]])
    rated = [e.name for e in [ceo, vp, mgr, dev] if e.rating is not None]
    print(rated)


if __name__ == "__main__":
    main()
