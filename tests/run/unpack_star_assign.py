def main() -> None:
    xs: list[int] = [1, 2, 3, 4, 5]
    first, *rest = xs
    print(first, rest)
    a, *mid, z = xs
    print(a, mid, z)
    *init, last = xs
    print(init, last)
    [p, *q] = [7]
    print(p, q)
    t = (1, 2.5, 3.0, "x")
    h, *m, e = t
    print(h, m, e)
    x1, *y1 = (1, 2, 3)
    print(x1, y1)
    c, *cs = "hello"
    print(c, cs)
    r0, *rs, rl = range(10)
    print(r0, rs, rl)
    vt: tuple[int, ...] = tuple(xs)
    v0, *vs = vt
    print(v0, vs)
    rows: list[list[int]] = [[1, 2, 3], [4], [5, 6]]
    for k, *ks in rows:
        print(k, ks)
    pairs = [(1, 2, 3), (4, 5, 6)]
    for i, *j in pairs:
        print(i, j)
    for n, (u, *w) in enumerate(rows):
        print(n, u, w)
    s: set[int] = {3}
    (only, *none) = s
    print(only, none)
    (aa, *bb), cc = [1, 2], 3
    print(aa, bb, cc)
    first2, *rest2 = rest2b = xs
    print(first2, rest2, rest2b)
    try:
        a1, b1, *c1 = [1]
    except ValueError as ex:
        print(ex)
    ys: list[int] = []
    *e1, = ys
    print(e1)


main()
g1, *g2 = [1, 2]
