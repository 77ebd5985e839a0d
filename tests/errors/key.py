# KeyError inside a list comprehension (its own traceback frame).


def prices(names: list[str], table: dict[str, float]) -> list[float]:
    return [table[n] for n in names]


table = {"apple": 1.25, "pear": 2.5}
print(prices(["apple", "pear"], table))
print("missing", end=": ")
print(prices(["pear", "plum"], table))
