# Ends with OverflowError from int(float('inf')).


def to_int(x: float) -> int:
    return int(x)


x = 1e300
for i in range(4):
    print("int of", x, "has", len(str(to_int(x / 1e290))), "digits")
    x *= 1e5
print("not reached")
