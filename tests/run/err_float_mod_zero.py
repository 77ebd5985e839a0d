# Ends with ZeroDivisionError from float modulo by zero.


def wrap(angle: float, period: float) -> float:
    return angle % period


print(wrap(370.0, 360.0), wrap(-10.0, 360.0), wrap(5.0, -3.0))
p = 2.0
while p >= 0.0:
    print("5.0 %", p, "=", wrap(5.0, p))
    p -= 1.0
print("not reached")
