# RecursionError from unbounded recursion, after a partial line.


def countdown(n: int) -> int:
    if n == -1:
        return 0
    return countdown(n + 1) + 1


print(countdown(-5))
print("forever", end="")
print(countdown(1))
