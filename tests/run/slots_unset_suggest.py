# An unset slot read through a method: CPython's AttributeError, and the
# "Did you mean" suggestion drawn from the slot names.


class Account:
    __slots__ = ("owner", "balance", "balances")
    balance: int

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.balances = [1]

    def total(self) -> int:
        return self.balance + sum(self.balances)


a = Account("ann")
print(a.owner, a.balances)
print(a.total())
