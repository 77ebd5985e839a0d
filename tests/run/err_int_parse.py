# Ends with ValueError from int('abc').


def parse(s: str) -> int:
    return int(s)


print(parse("12") + parse(" 30 "), parse("-5"), parse("+0"))
print(parse("1_000") * 2)
word = "abc"
print("about to parse", word)
print(parse(word))
print("not reached")
