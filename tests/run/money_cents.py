# Money handled as integer cents with manual formatting, compared with float
# arithmetic that accumulates representation error.


def fmt(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    c = abs(cents)
    whole = c // 100
    frac = c % 100
    return sign + "$" + str(whole) + "." + ("0" if frac < 10 else "") + str(frac)


def apply_rate(cents: int, percent_x100: int) -> int:
    # Rounds half away from zero in integer arithmetic.
    num = cents * percent_x100
    q = (abs(num) + 5000) // 10000
    return q if num >= 0 else -q


def split(total: int, people: int) -> tuple[int, int]:
    return divmod(total, people)


def main() -> None:
    prices = (1999, 250, 5, 100000, -1234)
    a, b, c, d, e = prices
    print(fmt(a), fmt(b), fmt(c), fmt(d), fmt(e), fmt(0), fmt(-5))
    subtotal = a + b + c + d
    tax = apply_rate(subtotal, 825)
    print("subtotal", fmt(subtotal), "tax", fmt(tax), "total", fmt(subtotal + tax))
    print(apply_rate(1000, 50), apply_rate(-1000, 50), apply_rate(1, 5000), apply_rate(-1, 5000))
    each, left = split(10000, 3)
    print("split $100 three ways:", fmt(each), "remainder", left, "cents")
    each, left = split(-10000, 3)
    print("split -$100 three ways:", fmt(each), "remainder", left, "cents")
    cents = 0
    dollars = 0.0
    for i in range(1000):
        cents += 10
        dollars += 0.10
    print(fmt(cents), dollars, dollars == 100.0, round(dollars, 2) == 100.0)
    balance = 100000
    for month in range(1, 13):
        interest = apply_rate(balance, 42)
        balance += interest
        if month % 4 == 0:
            print("month", month, fmt(balance), "interest", fmt(interest))
    print(fmt(9223372036854775807), fmt(-9223372036854775807))


main()
