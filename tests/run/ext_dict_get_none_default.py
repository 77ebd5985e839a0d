class N:
    pass


d: dict[str, N] = {"a": N()}
x = d.get("b", None)
print(x is None)
