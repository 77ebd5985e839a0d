# A ledger of transactions in list[tuple[str, str, int]] (amounts in cents): balances, statements, formatting.

TXNS = [
    ("2024-01-03", "alice", 150000), ("2024-01-04", "bob", 2500), ("2024-01-09", "alice", -4599),
    ("2024-01-15", "carol", 99999), ("2024-01-17", "bob", -12000), ("2024-01-21", "alice", -100000),
    ("2024-02-01", "carol", -1), ("2024-02-02", "bob", 7501), ("2024-02-10", "alice", 2),
]


def money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    c = abs(cents)
    return f"{sign}${c // 100:,}.{c % 100:02d}"


def main() -> None:
    balances: dict[str, int] = {}
    for date, who, amount in TXNS:
        balances[who] = balances.get(who, 0) + amount
    for who, bal in sorted(balances.items(), key=lambda kv: -kv[1]):
        print(f"{who:<6} {money(bal):>12}")
    print("total", money(sum(balances.values())))
    overdrawn = [w for w, b in balances.items() if b < 0]
    print("overdrawn:", overdrawn)
    months: dict[str, list[int]] = {}
    for date, _, amount in TXNS:
        months.setdefault(date[:7], []).append(amount)
    for m, amts in months.items():
        dep = sum([a for a in amts if a > 0])
        wd = -sum([a for a in amts if a < 0])
        print(f"{m}: {len(amts)} txns, in {money(dep):>12}, out {money(wd):>12}, net {money(dep - wd):>12}")
    print("statement for alice")
    running = 0
    for date, who, amount in TXNS:
        if who == "alice":
            running += amount
            print("  %s %12s %12s" % (date, money(amount), money(running)))
    biggest = max(TXNS, key=lambda t: abs(t[2]))
    print(biggest, money(biggest[2]))
    print([money(c) for c in [0, 1, 10, 99, 100, -5, 123456789]])


if __name__ == "__main__":
    main()
