# Bank accounts: Checking and Savings subclasses with overridden withdrawal rules and month-end processing,
# Transaction dataclasses in a ledger, InsufficientFunds with fields, transfers with try/except/else/finally.
from dataclasses import dataclass
from typing import Optional


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account_id: str, requested: int, available: int) -> None:
        super().__init__(f"{account_id}: requested {cents(requested)}, available {cents(available)}")
        self.account_id = account_id
        self.requested = requested
        self.available = available

    def shortfall(self) -> int:
        return self.requested - self.available


class LimitReached(BankError):
    pass


class NoSuchAccount(BankError):
    def __init__(self, account_id: str) -> None:
        super().__init__("no account " + account_id)
        self.account_id = account_id


@dataclass
class Transaction:
    seq: int
    kind: str
    src: str
    dst: str
    amount: int
    ok: bool
    note: str = ""


def cents(n: int) -> str:
    sign = "-" if n < 0 else ""
    return f"{sign}${abs(n) // 100:,}.{abs(n) % 100:02d}"


class Account:
    def __init__(self, account_id: str, owner: str, balance: int) -> None:
        self.account_id = account_id
        self.owner = owner
        self.balance = balance

    def available(self) -> int:
        return self.balance

    def withdraw(self, amount: int) -> None:
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.available():
            raise InsufficientFunds(self.account_id, amount, self.available())
        self.balance -= amount

    def deposit(self, amount: int) -> None:
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount

    def month_end(self) -> int:
        return 0

    def kind(self) -> str:
        return "account"

    def __repr__(self) -> str:
        return f"{self.kind()}({self.account_id}, {self.owner}, {cents(self.balance)})"


class Checking(Account):
    FEE = 500

    def __init__(self, account_id: str, owner: str, balance: int, overdraft: int) -> None:
        super().__init__(account_id, owner, balance)
        self.overdraft = overdraft

    def available(self) -> int:
        return self.balance + self.overdraft

    def month_end(self) -> int:
        fee = Checking.FEE if self.balance < 100000 else 0
        self.balance -= fee
        return -fee

    def kind(self) -> str:
        return "checking"


class Savings(Account):
    MAX_WITHDRAWALS = 2

    def __init__(self, account_id: str, owner: str, balance: int, rate: float) -> None:
        super().__init__(account_id, owner, balance)
        self.rate = rate
        self.withdrawals = 0

    def withdraw(self, amount: int) -> None:
        if self.withdrawals >= self.MAX_WITHDRAWALS:
            raise LimitReached(f"{self.account_id}: only {self.MAX_WITHDRAWALS} withdrawals per month")
        super().withdraw(amount)
        self.withdrawals += 1

    def month_end(self) -> int:
        interest = round(self.balance * self.rate / 12.0)
        self.balance += interest
        self.withdrawals = 0
        return interest

    def kind(self) -> str:
        return "savings"


class Bank:
    def __init__(self) -> None:
        self.accounts: dict[str, Account] = {}
        self.ledger: list[Transaction] = []
        self.pending: Optional[Transaction] = None

    def open(self, acct: Account) -> None:
        self.accounts[acct.account_id] = acct

    def get(self, account_id: str) -> Account:
        try:
            return self.accounts[account_id]
        except KeyError:
            raise NoSuchAccount(account_id)

    def transfer(self, src: str, dst: str, amount: int) -> bool:
        t = Transaction(len(self.ledger) + 1, "transfer", src, dst, amount, False)
        self.pending = t
        withdrawn = False
        try:
            a = self.get(src)
            b = self.get(dst)
            a.withdraw(amount)
            withdrawn = True
            b.deposit(amount)
        except InsufficientFunds as e:
            t.note = f"short by {cents(e.shortfall())}"
        except BankError as e:
            t.note = type(e).__name__ + ": " + str(e)
        except ValueError as e:
            t.note = "invalid: " + str(e)
            if withdrawn:
                self.get(src).deposit(amount)
                t.note += " (rolled back)"
        else:
            t.ok = True
        finally:
            self.ledger.append(t)
            self.pending = None
        return t.ok

    def month_end(self) -> None:
        for acct in self.accounts.values():
            delta = acct.month_end()
            if delta != 0:
                kind = "interest" if delta > 0 else "fee"
                self.ledger.append(Transaction(len(self.ledger) + 1, kind, acct.account_id, "", abs(delta), True))


def main() -> None:
    bank = Bank()
    bank.open(Checking("C-1", "ann", 120000, 20000))
    bank.open(Savings("S-1", "ann", 500000, 0.03))
    bank.open(Checking("C-2", "bob", 5000, 0))
    bank.open(Savings("S-2", "bob", 100000, 0.045))
    print(list(bank.accounts.values()))
    transfers = [("C-1", "C-2", 30000), ("C-2", "C-1", 40000), ("S-1", "C-1", 100000), ("S-1", "C-2", 2500),
                 ("S-1", "S-2", 100), ("C-1", "X-9", 100), ("C-1", "S-2", 105000), ("C-1", "S-2", 10000),
                 ("S-2", "C-2", 0), ("C-2", "S-1", -5)]
    for src, dst, amt in transfers:
        ok = bank.transfer(src, dst, amt)
        last = bank.ledger[-1]
        print(f"{src} -> {dst} {cents(amt):>12} {'ok' if ok else 'FAILED':<6} {last.note}")
    print(bank.pending, len(bank.ledger))
    bank.month_end()
    print(bank.transfer("S-1", "C-2", 1000), bank.ledger[-1].ok)
    print()
    print(f"{'#':>3} {'kind':<9}{'from':<5}{'to':<5}{'amount':>12}  status")
    for t in bank.ledger:
        status = "ok" if t.ok else "failed"
        print(f"{t.seq:>3} {t.kind:<9}{t.src:<5}{t.dst:<5}{cents(t.amount):>12}  {status}")
    print()
    by_owner: dict[str, int] = {}
    for acct in bank.accounts.values():
        by_owner[acct.owner] = by_owner.get(acct.owner, 0) + acct.balance
        print(f"{acct.account_id:<4} {acct.kind():<9} {acct.owner:<4} {cents(acct.balance):>12} avail {cents(acct.available()):>12}")
    for owner, total in by_owner.items():
        print(owner, cents(total))
    failed = [t for t in bank.ledger if not t.ok]
    print(len(failed), "failed;", sum([t.amount for t in bank.ledger if t.ok and t.kind == "transfer"]), "cents moved")
    print(failed[0])
    try:
        bank.get("C-2").withdraw(10 ** 9)
    except InsufficientFunds as e:
        print(e.account_id, e.requested, e.available, cents(e.shortfall()), e.args)


if __name__ == "__main__":
    main()
