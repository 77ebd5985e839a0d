# ValueError from int() of a string built at run time.


def parse_all(fields: list[str]) -> list[int]:
    out: list[int] = []
    for f in fields:
        out.append(int(f.strip()))
    return out


line = "1, 2, 3x, 4"
print("parsing", line)
print("values", end="=")
print(parse_all(line.split(",")))
