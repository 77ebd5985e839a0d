# Fixed-size tuples: printing, unpacking, swapping and equality.


def main() -> None:
    print((1, 2.5, "a"))
    print((1,))
    print((1.0,), ("x",), (True,), (-0.0, 0.0))
    print((True, False, 3, "it's", 'say "hi"'))
    t = (3, 4)
    print(t, t == (3, 4), t != (4, 3), t == (4, 3))
    a, b = t
    print(a, b, a * b)
    a, b = b, a
    print(a, b)
    x, y, z = 1, 2.5, "z"
    print(x, y, z)
    x, y, z = x + 1, y * 2, z + z
    print(x, y, z)
    p = (x, y)
    q = (2, 5.0)
    print(p == q, p, q)
    m, n = 10, 20
    m, n = n, m + n
    print(m, n)
    for i in range(5):
        m, n = n, m + n
    print(m, n)
    u = (1, 2, 3)
    v = u
    print(u == v, u)
    i, j, k = u
    print(k, j, i)
    i, j, k = k, i, j
    print(i, j, k)
    pair = (0.1 + 0.2, 1e16)
    print(pair)
    w = ("", " ", "a b")
    print(w)
    nested_eq = (1, "a") == (1, "a") and (1, "a") != (1, "b")
    print(nested_eq)
    (c, d) = (7, 8)
    print(c, d)
    e, f = "left", "right"
    print(e, f, (e, f))
    print((1, 2) == (1, 2), (1, 2.0) == (1, 2.0), (float("nan"),) == (float("nan"),))
    big = (9223372036854775807, -9223372036854775807 - 1, 1e300)
    print(big)


main()
