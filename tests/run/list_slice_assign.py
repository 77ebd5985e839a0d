# List slice assignment (growing, shrinking, extended slices) and del with indices and slices.


def main() -> None:
    a = list(range(8))
    a[2:4] = [20, 30, 35]
    print(a)
    a[1:1] = [-1, -2]
    print(a)
    a[-2:] = []
    print(a)
    a[:0] = [100]
    print(a)
    a[len(a):] = [7, 8]
    print(a)
    a[::2] = [0] * len(a[::2])
    print(a)
    a[1::3] = [9, 9, 9, 9]
    print(a)
    a[:] = [1, 2, 3]
    print(a)
    del a[0]
    print(a)
    b = list(range(12))
    del b[-1]
    del b[2:4]
    print(b)
    del b[::3]
    print(b)
    del b[::-2]
    print(b)
    del b[10:]
    del b[:0]
    print(b)
    del b[:]
    print(b, len(b))
    c = ["x", "y", "z"]
    c[1:2] = ["p", "q", "r"]
    del c[-1]
    c[0:2] = c[2:0:-1]
    print(c)
    d = [1, 2, 3, 4, 5, 6]
    d[5:1:-2] = [60, 40]
    print(d)
    e = [1, 2, 3]
    e[10:20] = [4]
    e[-10:1] = [0]
    print(e)
    f = [[1], [2], [3]]
    f[0:2] = [[9, 9]]
    del f[-1][0]
    print(f)
    g = [5, 6, 7]
    g[0:3] = g
    print(g)
    dd = {"a": 1, "b": 2, "c": 3}
    del dd["b"]
    print(dd)


if __name__ == "__main__":
    main()
