# Ends with ZeroDivisionError from 0.0 ** -1.


def recip(base: float) -> float:
    return base ** -1


b = 2.0
while b >= 0.0:
    print(b, "** -1 =", recip(b))
    b -= 1.0
print("not reached")
