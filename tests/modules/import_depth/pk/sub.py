def d(n: int) -> int:
    try:
        return d(n + 1)
    except RecursionError:
        return n
print(d(0))
