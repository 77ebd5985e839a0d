# AttributeError from reading a field or calling a method on None through an Optional value, caught and reported.
from typing import Optional


class User:
    def __init__(self, name: str, manager: Optional["User"]) -> None:
        self.name = name
        self.manager = manager

    def shout(self) -> str:
        return self.name.upper()


def manager_name(u: User) -> str:
    try:
        return u.manager.name
    except AttributeError as e:
        return "error: " + str(e)


def manager_shout(u: User) -> str:
    try:
        return u.manager.shout()
    except AttributeError as e:
        return type(e).__name__ + ": " + str(e)


def main() -> None:
    boss = User("ann", None)
    dev = User("bob", boss)
    print(manager_name(dev), manager_name(boss))
    print(manager_shout(dev), "|", manager_shout(boss))
    chain: list[str] = []
    cur: Optional[User] = User("cid", dev)
    try:
        for _ in range(5):
            chain.append(cur.name)
            cur = cur.manager
    except AttributeError as e:
        print("walked off the end:", e)
    print(chain)
    missing = boss.manager
    try:
        missing.name = "x"
    except AttributeError as e:
        print("assign:", e)
    print("done")


if __name__ == "__main__":
    main()
