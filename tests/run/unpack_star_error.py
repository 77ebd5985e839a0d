def split(rows: list[list[int]]) -> int:
    total = 0
    for head, *tail, last in rows:
        total += head + last + len(tail)
    return total


print(split([[1, 2, 3], [4, 5]]))
print(split([[1, 2], [3]]))
