# dict.get(key) without a default gives an Optional of the value type.
from typing import Optional


class Acct:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Acct({self.name!r})"


ages = {"ann": 31, "bob": 0}
names = {1: "one", 2: "two"}
accts = {"a": Acct("a")}
for k in ["ann", "bob", "cid"]:
    a = ages.get(k)
    print(k, a, a is None, a is not None and a > 10)
    if a is not None:
        print("  next year", a + 1)
for n in [1, 3]:
    s = names.get(n)
    print(n, s, s.upper() if s else "-")
print(accts.get("a"), accts.get("b"))
best: Optional[float] = {"x": 1.5}.get("x")
print(best, {"x": 1.5}.get("y"))
