# Ends with an exception that a handler logs and re-raises with a bare `raise`, uncaught at the top.


class Budget(Exception):
    def __init__(self, spent: int, limit: int) -> None:
        super().__init__(f"spent {spent} of {limit}")
        self.spent = spent
        self.limit = limit


def spend(total: int, amount: int, limit: int) -> int:
    if total + amount > limit:
        raise Budget(total + amount, limit)
    return total + amount


def main() -> None:
    total = 0
    for amount in [40, 30, 20, 15]:
        try:
            total = spend(total, amount, 100)
            print("spent", amount, "total", total)
        except Budget as e:
            print("over budget by", e.spent - e.limit, "- giving up")
            raise
    print("not reached")


if __name__ == "__main__":
    main()
