# Ends with ZeroDivisionError from int / int with a zero divisor.

count = 3


def share(total: int, people: int) -> float:
    return total / people


while count >= 0:
    print("share of 10 among", count, "=", share(10, count))
    count -= 1
print("not reached")
