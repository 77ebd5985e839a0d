# Ends with ValueError from float('x').


def parse(s: str) -> float:
    return float(s)


print(parse("1.5"), parse("1e5"), parse(" -inf "), parse("nan"), parse("2"))
text = "x"
print(parse(text) + 1.0)
print("not reached")
