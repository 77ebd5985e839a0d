# AssertionError with a message computed at run time.


def check_sorted(xs: list[int]) -> None:
    for i in range(len(xs) - 1):
        assert xs[i] <= xs[i + 1], f"out of order at {i}: {xs[i]} > {xs[i + 1]}"


check_sorted([1, 2, 3])
print("first ok")
print("second", end="? ")
check_sorted([1, 5, 4])
