# Ends with ZeroDivisionError from 1.0 / 0.0.


def inverse(x: float) -> float:
    return 1.0 / x


x = 2.0
while True:
    print("1 /", x, "=", inverse(x))
    x -= 0.5
