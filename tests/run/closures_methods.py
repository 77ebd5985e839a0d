# Methods, fields and callable objects as function values.
from typing import Callable, Optional


class Account:
    def __init__(self, owner: str, balance: int) -> None:
        self.owner = owner
        self.balance = balance
        self.on_change: Optional[Callable[[int], None]] = None

    def deposit(self, amount: int) -> int:
        self.balance += amount
        if self.on_change is not None:
            self.on_change(self.balance)
        return self.balance

    def describe(self, prefix: str = "-") -> str:
        return f"{prefix} {self.owner}: {self.balance}"

    @staticmethod
    def fee(amount: int) -> int:
        return amount // 100

    @classmethod
    def kind(cls) -> str:
        return "account"


class Savings(Account):
    def deposit(self, amount: int) -> int:
        return super().deposit(amount + 1)


class Multiplier:
    def __init__(self, k: int) -> None:
        self.k = k

    def __call__(self, x: int) -> int:
        return x * self.k


class Pipeline:
    def __init__(self) -> None:
        self.steps: list[Callable[[int], int]] = []

    def add(self, f: Callable[[int], int]) -> "Pipeline":
        self.steps.append(f)
        return self

    def run(self, x: int) -> int:
        for s in self.steps:
            x = s(x)
        return x


def log_balance(b: int) -> None:
    print("balance now", b)


a = Account("ann", 10)
dep = a.deposit
print(dep(5), a.balance)
a.on_change = log_balance
dep(1)
s = Savings("sam", 0)
for f in [a.deposit, s.deposit]:
    print(f(100))
show: Callable[[Account, str], str] = Account.describe
print(show(s, "*"))
print(list(map(Account.fee, [250, 1000])))
k = Account.kind
print(k())
m = Multiplier(3)
print(m(4))
p = Pipeline()
p.add(lambda x: x + 1).add(abs).add(a.deposit)
print(p.run(-5))
describers = [a.describe, s.describe]
print([d("#") for d in describers])
counter = {"n": 0}


def bump(x: int) -> int:
    counter["n"] += x
    return counter["n"]


hooks: dict[str, Callable[[int], int]] = {"bump": bump, "neg": lambda v: -v}
print(hooks["bump"](2), hooks["bump"](3), hooks["neg"](4))
p2 = Pipeline()
p2.add(Multiplier(5)).add(m)
print(p2.run(2))
