# Methods returning self (fluent builders) and methods returning new instances of their own class.


class QueryBuilder:
    def __init__(self, table: str) -> None:
        self.table = table
        self.conds: list[str] = []
        self.order = ""
        self.limit_n = -1

    def where(self, cond: str) -> "QueryBuilder":
        self.conds.append(cond)
        return self

    def order_by(self, col: str) -> "QueryBuilder":
        self.order = col
        return self

    def limit(self, n: int) -> "QueryBuilder":
        self.limit_n = n
        return self

    def build(self) -> str:
        q = "SELECT * FROM " + self.table
        if self.conds:
            q += " WHERE " + " AND ".join(self.conds)
        if self.order:
            q += " ORDER BY " + self.order
        if self.limit_n >= 0:
            q += f" LIMIT {self.limit_n}"
        return q


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def add(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents)

    def times(self, k: int) -> "Money":
        return Money(self.cents * k)

    def discount(self, pct: int) -> "Money":
        return Money(self.cents - self.cents * pct // 100)

    def text(self) -> str:
        return f"${self.cents // 100}.{self.cents % 100:02d}"


def main() -> None:
    q = QueryBuilder("users").where("age > 18").where("active = 1").order_by("name").limit(10)
    print(q.build())
    print(QueryBuilder("logs").build())
    print(QueryBuilder("t").limit(0).build())
    b = QueryBuilder("items")
    same = b.where("price < 5")
    print(same is b, len(b.conds))
    same.order_by("price").where("qty > 0")
    print(b.build())
    price = Money(1999)
    total = price.times(3).add(Money(250)).discount(10)
    print(price.text(), total.text())
    print(Money(5).add(Money(95)).text(), Money(0).text(), Money(100).times(7).discount(50).text())
    running = Money(0)
    for c in [199, 1, 50, 1000]:
        running = running.add(Money(c))
        print(running.text(), end=" ")
    print()


if __name__ == "__main__":
    main()
