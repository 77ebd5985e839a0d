COUNT = 100
print("helper body runs")


def double(x: int) -> int:
    return 2 * x
