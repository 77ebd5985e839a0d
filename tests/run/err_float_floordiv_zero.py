# Ends with ZeroDivisionError from float floor division by zero.


def steps(a: float, b: float) -> float:
    return a // b


print(steps(5.0, 2.0), steps(-5.0, 2.0), steps(5.0, -0.5))
d = 1.0
for i in range(3):
    d -= 0.5
    print("5.0 //", d, "=", steps(5.0, d))
print("not reached")
