# Aliasing: names bound to the same list, shared rows from *, copies, mutation through function arguments.


def add_item(xs: list[int], v: int) -> None:
    xs.append(v)


def rebind(xs: list[int]) -> None:
    xs = [0]
    xs.append(1)


def accumulate(v: int, acc: list[int] = []) -> list[int]:
    acc.append(v)
    return acc


def main() -> None:
    a = [1, 2]
    b = a
    b.append(3)
    print(a, b, a == b, len(a) == len(b))
    c = a[:]
    c.append(4)
    print(a, c, a == c)
    d = a.copy()
    d[0] = 100
    print(a, d)
    e = list(a)
    e.clear()
    print(a, e)
    add_item(a, 5)
    print(a, b)
    rebind(a)
    print(a)
    grid = [[0] * 3] * 2
    grid[0][0] = 1
    print(grid)
    good = [[0] * 3 for _ in range(2)]
    good[0][0] = 1
    print(good)
    row = [7, 7]
    rows = [row, row]
    row.append(8)
    rows[1][0] = 0
    print(rows)
    shallow = rows.copy()
    shallow[0].append(9)
    shallow.append([1])
    print(rows, len(rows), len(shallow))
    r1 = accumulate(1)
    r2 = accumulate(2)
    r1.append(0)
    print(r1, r2, r1 == r2)
    r3 = accumulate(3, [])
    print(r3, accumulate(4))
    m: dict[str, list[int]] = {}
    shared: list[int] = []
    m["x"] = shared
    m["y"] = shared
    m["x"].append(1)
    print(m)
    x = [1, 2, 3]
    y = x
    x = x + [4]
    print(x, y)
    y2 = x
    x += [5]
    print(x, y2)
    s = {1, 2}
    s2 = s
    s2.add(3)
    print(s)
    dd = {"k": 1}
    dd2 = dd
    dd2["j"] = 2
    print(dd)


if __name__ == "__main__":
    main()
