# Ends with OverflowError from round(float('inf')).


def next_value(x: float) -> float:
    return x * 4e17 if x < 10 else x * 1e300


x = 2.5
for i in range(5):
    print(x, round(x), round(x, 2), round(x, -1))
    x = next_value(x)
print("not reached")
