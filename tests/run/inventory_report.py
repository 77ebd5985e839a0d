# Inventory bookkeeping with dict[str, tuple[int, float]]: restock, sell, and a formatted report.


def report(inv: dict[str, tuple[int, float]]) -> None:
    print(f"{'item':<10}{'qty':>5}{'price':>9}{'value':>11}")
    total = 0.0
    for name in sorted(inv):
        qty, price = inv[name]
        value = qty * price
        total += value
        print(f"{name:<10}{qty:>5}{price:>9.2f}{value:>11,.2f}")
    print(f"{'total':<10}{'':>14}{total:>11,.2f}")


def main() -> None:
    inv: dict[str, tuple[int, float]] = {"widget": (10, 2.5), "gadget": (3, 19.99), "doohickey": (0, 7.25)}
    report(inv)
    orders = [("widget", 4), ("gadget", 5), ("sprocket", 1), ("widget", 6), ("widget", 1)]
    failed: list[tuple[str, int]] = []
    for name, n in orders:
        if name in inv and inv[name][0] >= n:
            qty, price = inv[name]
            inv[name] = (qty - n, price)
        else:
            failed.append((name, n))
    print(inv)
    print("failed:", failed)
    restock = {"gadget": 10, "sprocket": 5}
    for name, n in restock.items():
        qty, price = inv.get(name, (0, 1.0))
        inv[name] = (qty + n, price)
    report(inv)
    empty = [k for k, v in inv.items() if v[0] == 0]
    print("out of stock:", empty)
    for k in empty:
        del inv[k]
    print(list(inv.keys()), len(inv))
    priciest = max(inv.items(), key=lambda kv: kv[1][1])
    print(priciest, min(inv.values()))


if __name__ == "__main__":
    main()
