# A warehouse simulation: a Product hierarchy with overridden pricing and restocking rules, dataclass movement
# records kept in a dict of lists, OutOfStock/UnknownItem exceptions raised and handled, and a formatted report.
from dataclasses import dataclass, field


class InventoryError(Exception):
    pass


class UnknownItem(InventoryError):
    def __init__(self, sku: str) -> None:
        super().__init__(f"unknown item {sku!r}")
        self.sku = sku


class OutOfStock(InventoryError):
    def __init__(self, sku: str, requested: int, available: int) -> None:
        super().__init__(f"{sku}: requested {requested}, available {available}")
        self.sku = sku
        self.requested = requested
        self.available = available


@dataclass
class Movement:
    day: int
    sku: str
    kind: str
    qty: int
    note: str = ""


@dataclass
class DaySummary:
    day: int
    sold: int = 0
    revenue: float = 0.0
    failures: list[str] = field(default_factory=list)


class Product:
    REORDER_POINT = 5

    def __init__(self, sku: str, name: str, cost: float) -> None:
        self.sku = sku
        self.name = name
        self.cost = cost

    def unit_price(self, day: int) -> float:
        return round(self.cost * 1.5, 2)

    def reorder_quantity(self) -> int:
        return 20

    def needs_reorder(self, on_hand: int) -> bool:
        return on_hand < self.REORDER_POINT

    def category(self) -> str:
        return "general"

    def describe(self) -> str:
        return f"{self.sku} {self.name} [{self.category()}]"


class Perishable(Product):
    def __init__(self, sku: str, name: str, cost: float, shelf_days: int) -> None:
        super().__init__(sku, name, cost)
        self.shelf_days = shelf_days

    def unit_price(self, day: int) -> float:
        base = super().unit_price(day)
        age = day % self.shelf_days
        if age >= self.shelf_days - 1:
            return round(base * 0.5, 2)
        return base

    def reorder_quantity(self) -> int:
        return 8

    def category(self) -> str:
        return "perishable"


class Electronic(Product):
    MIN_UNITS = 2

    def __init__(self, sku: str, name: str, cost: float, warranty_years: int) -> None:
        super().__init__(sku, name, cost)
        self.warranty_years = warranty_years

    def unit_price(self, day: int) -> float:
        return round(self.cost * 1.2 + 10.0 * self.warranty_years, 2)

    def reorder_quantity(self) -> int:
        return 3

    def category(self) -> str:
        return "electronic"

    def needs_reorder(self, on_hand: int) -> bool:
        return on_hand < Electronic.MIN_UNITS

    def describe(self) -> str:
        return super().describe() + f" {self.warranty_years}y warranty"


class Warehouse:
    def __init__(self) -> None:
        self.catalog: dict[str, Product] = {}
        self.stock: dict[str, int] = {}
        self.history: dict[str, list[Movement]] = {}

    def add_product(self, p: Product, qty: int) -> None:
        self.catalog[p.sku] = p
        self.stock[p.sku] = 0
        self.history[p.sku] = []
        self.receive(0, p.sku, qty, "initial")

    def product(self, sku: str) -> Product:
        if sku not in self.catalog:
            raise UnknownItem(sku)
        return self.catalog[sku]

    def receive(self, day: int, sku: str, qty: int, note: str) -> None:
        self.product(sku)
        self.stock[sku] += qty
        self.history[sku].append(Movement(day, sku, "in", qty, note))

    def ship(self, day: int, sku: str, qty: int) -> float:
        p = self.product(sku)
        have = self.stock[sku]
        if qty > have:
            raise OutOfStock(sku, qty, have)
        self.stock[sku] = have - qty
        self.history[sku].append(Movement(day, sku, "out", qty))
        return qty * p.unit_price(day)

    def restock(self, day: int) -> list[str]:
        done: list[str] = []
        for sku, p in self.catalog.items():
            if p.needs_reorder(self.stock[sku]):
                self.receive(day, sku, p.reorder_quantity(), "reorder")
                done.append(sku)
        return done


def make_orders(day: int, skus: list[str]) -> list[tuple[str, int]]:
    orders: list[tuple[str, int]] = []
    x = day * 7919 + 13
    for _ in range(4):
        x = (x * 48271) % 2147483647
        pick = x % (len(skus) + 1)
        sku = skus[pick] if pick < len(skus) else "ZZ-999"
        orders.append((sku, 1 + x % 6))
    return orders


def main() -> None:
    wh = Warehouse()
    wh.add_product(Product("GN-100", "bucket", 4.0), 12)
    wh.add_product(Perishable("PR-200", "bread", 1.2, 3), 10)
    wh.add_product(Perishable("PR-201", "milk", 0.9, 4), 6)
    wh.add_product(Electronic("EL-300", "radio", 25.0, 2), 4)
    for p in wh.catalog.values():
        print(p.describe(), "| price day 1:", p.unit_price(1), "| reorder", p.needs_reorder(3), p.reorder_quantity())
    skus = list(wh.catalog.keys())
    summaries: list[DaySummary] = []
    for day in range(1, 8):
        summary = DaySummary(day)
        for sku, qty in make_orders(day, skus):
            try:
                amount = wh.ship(day, sku, qty)
                summary.sold += qty
                summary.revenue += amount
            except OutOfStock as e:
                summary.failures.append(f"short {e.sku} by {e.requested - e.available}")
                if e.available > 0:
                    summary.revenue += wh.ship(day, sku, e.available)
                    summary.sold += e.available
            except UnknownItem as e:
                summary.failures.append("unknown " + e.sku)
        restocked = wh.restock(day)
        summaries.append(summary)
        print(f"day {day}: sold {summary.sold:>2} revenue {summary.revenue:>7.2f} restocked {restocked} failures {summary.failures}")
    try:
        wh.receive(8, "XX-1", 5, "bad")
    except InventoryError as e:
        print("receive failed:", type(e).__name__, e)
    print()
    print(f"{'sku':<8}{'name':<8}{'in':>5}{'out':>5}{'stock':>7}{'value':>9}")
    grand = 0.0
    for sku, p in wh.catalog.items():
        moves = wh.history[sku]
        qin = sum([m.qty for m in moves if m.kind == "in"])
        qout = sum([m.qty for m in moves if m.kind == "out"])
        value = wh.stock[sku] * p.cost
        grand += value
        assert qin - qout == wh.stock[sku]
        print(f"{sku:<8}{p.name:<8}{qin:>5}{qout:>5}{wh.stock[sku]:>7}{value:>9.2f}")
    print(f"{'total stock value':<33}{grand:>9.2f}")
    best = max(summaries, key=lambda s: s.revenue)
    print("best day:", best.day, f"{best.revenue:.2f}")
    print("total revenue:", f"{sum([s.revenue for s in summaries]):.2f}")
    print("failures:", sum([len(s.failures) for s in summaries]))
    print(wh.history["EL-300"][:3])
    print(summaries[0])


if __name__ == "__main__":
    main()
