# Matrices as list[list[float]] and list[list[int]]: multiply, transpose, identity, determinant, formatted printing.


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    n = len(a)
    m = len(b[0])
    k = len(b)
    return [[sum([a[i][t] * b[t][j] for t in range(k)]) for j in range(m)] for i in range(n)]


def transpose(a: list[list[float]]) -> list[list[float]]:
    return [[a[i][j] for i in range(len(a))] for j in range(len(a[0]))]


def identity(n: int) -> list[list[float]]:
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def det(a: list[list[float]]) -> float:
    m = [row[:] for row in a]
    n = len(m)
    result = 1.0
    for c in range(n):
        pivot = c
        best = abs(m[c][c])
        for r in range(c + 1, n):
            if abs(m[r][c]) > best:
                best = abs(m[r][c])
                pivot = r
        if best == 0.0:
            return 0.0
        if pivot != c:
            m[c], m[pivot] = m[pivot], m[c]
            result = -result
        result *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n):
                m[r][k] -= f * m[c][k]
    return result


def show(a: list[list[float]]) -> None:
    for row in a:
        print(" ".join([f"{x:8.3f}" for x in row]))


def main() -> None:
    a = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    b = [[7.0, 8.0], [9.0, 10.0], [11.0, 12.0]]
    print(matmul(a, b))
    print(transpose(a))
    show(matmul(b, a))
    print(matmul(identity(2), [[2.5, -1.0], [0.5, 4.0]]))
    sq = [[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]]
    print(det(sq), det(identity(4)), det([[1.0, 2.0], [2.0, 4.0]]), det([[0.0, 1.0], [1.0, 0.0]]))
    p = identity(3)
    for _ in range(5):
        p = matmul(p, sq)
    show(p)
    ints = [[1, 2], [3, 4]]
    ints2 = [[ints[i][0] * ints[0][j] + ints[i][1] * ints[1][j] for j in range(2)] for i in range(2)]
    print(ints2, [sum(r) for r in ints2], [max(c) for c in zip(ints2[0], ints2[1])])
    print(a == transpose(transpose(a)), len(matmul(a, b)), len(matmul(b, a)))


if __name__ == "__main__":
    main()
