# type(), isinstance() and narrowing of a float slot that holds an int.


def describe(x: float) -> str:
    if isinstance(x, int):
        return f"int {x} -> {x + 1} {x // 2} {x << 1}"
    return f"float {x}"


def kind(x: float) -> str:
    return type(x).__name__


for v in [1, 2.5, -4, 0]:
    print(describe(v), kind(v), isinstance(v, float), isinstance(v, (int, float)))
y: float = 3
n = 0
while isinstance(y, int) and n < 3:
    y += 0.5
    n += 1
print(y, n, kind(y))
