# The suggestion may be a method, a property or a static method: dir(obj)
# lists every class-level name.
class Account:
    def __init__(self, owner: str, opened: bool) -> None:
        self.owner = owner
        if opened:
            self.balanse = 0

    def balance(self) -> int:
        return 100

    @property
    def owner_name(self) -> str:
        return self.owner

    @staticmethod
    def currency() -> str:
        return "EUR"


acc = Account("ann", False)
print(acc.balance(), acc.owner_name, Account.currency())
print(acc.balanse)
