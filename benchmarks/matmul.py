# Dense matrix multiply on nested lists (list[list[float]]): C = A * B, repeated, with checksums.


def make(n: int, seed: int) -> list[list[float]]:
    m: list[list[float]] = []
    x = seed
    for i in range(n):
        row: list[float] = []
        for j in range(n):
            x = (x * 1103515245 + 12345) % 2147483648
            row.append(float(x % 1000) / 1000.0 - 0.5)
        m.append(row)
    return m


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    n = len(a)
    p = len(b[0])
    c: list[list[float]] = []
    for i in range(n):
        ai = a[i]
        ci = [0.0] * p
        for k in range(len(b)):
            aik = ai[k]
            bk = b[k]
            for j in range(p):
                ci[j] += aik * bk[j]
        c.append(ci)
    return c


def main() -> None:
    n = 180
    a = make(n, 1)
    b = make(n, 2)
    c = matmul(a, b)
    d = matmul(c, a)
    trace = 0.0
    for i in range(n):
        trace += d[i][i]
    total = 0.0
    for row in c:
        for v in row:
            total += v
    print("n =", n)
    print(f"c[0][0] = {c[0][0]:.6f}")
    print(f"c[n-1][n-1] = {c[n - 1][n - 1]:.6f}")
    print(f"sum(c) = {total:.6f}")
    print(f"trace(c*a) = {trace:.6f}")


if __name__ == "__main__":
    main()
