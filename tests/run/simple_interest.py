# Simple and compound interest, loan amortisation with rounding to cents.


def simple(principal: float, rate: float, years: float) -> float:
    return principal * rate * years / 100


def compound(principal: float, rate: float, years: int, per_year: int = 1) -> float:
    amount = principal
    for _ in range(years * per_year):
        amount = amount * (1 + rate / 100 / per_year)
    return amount


def payment(principal: float, annual_rate: float, months: int) -> float:
    r = annual_rate / 100 / 12
    return principal * r / (1 - (1 + r) ** -months)


def main() -> None:
    print(simple(1000.0, 5.0, 3.0), simple(2500.0, 3.5, 2.0), simple(100.0, 12.5, 0.5))
    for y in range(0, 31, 10):
        print(y, round(compound(1000.0, 5.0, y), 2), round(compound(1000.0, 5.0, y, 12), 2))
    print(compound(100.0, 10.0, 2), compound(100.0, 100.0, 1, 365))
    p = payment(200000.0, 6.5, 360)
    print("monthly payment", round(p, 2))
    balance = 10000.0
    rate = 0.01
    month = 0
    total_interest = 0.0
    while balance > 0:
        month += 1
        interest = round(balance * rate, 2)
        total_interest += interest
        balance = round(balance + interest - 1000, 2)
        if month <= 3 or balance <= 0:
            print("month", month, "interest", interest, "balance", balance)
    print("months", month, "total interest", round(total_interest, 2))
    cents = 0
    for i in range(100):
        cents += 1
    print(cents / 100, 0.01 * 100, sum_tenths())


def sum_tenths() -> float:
    t = 0.0
    for i in range(100):
        t += 0.01
    return t


main()
