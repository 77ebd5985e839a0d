# Dataclass records kept in a dict of lists: grouping, aggregates, updates through references, report formatting.
from dataclasses import dataclass


@dataclass
class Sale:
    region: str
    product: str
    units: int
    unit_price: float


def load() -> list[Sale]:
    raw = "north,pen,10,1.5;south,pen,4,1.5;north,ink,2,7.25;east,pad,30,0.8;south,ink,1,7.25;north,pad,5,0.8"
    out: list[Sale] = []
    for rec in raw.split(";"):
        r, p, u, price = rec.split(",")
        out.append(Sale(r, p, int(u), float(price)))
    return out


def main() -> None:
    sales = load()
    print(sales[0])
    print(len(sales), sales[-1])
    by_region: dict[str, list[Sale]] = {}
    for s in sales:
        by_region.setdefault(s.region, []).append(s)
    for region, group in by_region.items():
        revenue = sum([s.units * s.unit_price for s in group])
        print(f"{region:<6}{len(group):>3}{revenue:>9.2f}")
    by_product: dict[str, int] = {}
    for s in sales:
        by_product[s.product] = by_product.get(s.product, 0) + s.units
    print(by_product)
    best = max(sales, key=lambda s: s.units * s.unit_price)
    print("best", best)
    for s in by_region["north"]:
        s.unit_price = round(s.unit_price * 1.1, 2)
    print(sales[0], sales[2])
    print([s.unit_price for s in sales])
    big = [s for s in sales if s.units >= 5]
    print(big)
    print(sorted(by_region), sorted([s.product for s in big]))


if __name__ == "__main__":
    main()
