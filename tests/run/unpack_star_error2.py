def pick(s: str) -> str:
    a, b, *rest = s
    return a + b + "".join(rest)


print(pick("xyz"))
print(pick("q"))
