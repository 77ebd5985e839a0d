# Ends with an AssertionError (with a message) raised by an invariant check inside a method.


class Account:
    def __init__(self, owner: str, balance: int) -> None:
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount: int) -> int:
        self.balance -= amount
        self.check()
        return self.balance

    def check(self) -> None:
        assert self.balance >= 0, f"{self.owner} overdrawn: {self.balance}"


def main() -> None:
    acct = Account("ann", 100)
    for amount in [30, 50, 15, 10]:
        print("withdraw", amount, "->", end=" ")
        print(acct.withdraw(amount))
    print("not reached")


if __name__ == "__main__":
    main()
