# Spiral traversal and generation of list[list[int]] matrices, rotation and diagonal sums.


def spiral(m: list[list[int]]) -> list[int]:
    out: list[int] = []
    if not m:
        return out
    top = 0
    bottom = len(m) - 1
    left = 0
    right = len(m[0]) - 1
    while top <= bottom and left <= right:
        out.extend(m[top][left:right + 1])
        for r in range(top + 1, bottom + 1):
            out.append(m[r][right])
        if top < bottom:
            out.extend(m[bottom][left:right][::-1])
        if left < right:
            for r in range(bottom - 1, top, -1):
                out.append(m[r][left])
        top += 1
        bottom -= 1
        left += 1
        right -= 1
    return out


def make_spiral(n: int) -> list[list[int]]:
    m = [[0] * n for _ in range(n)]
    r = 0
    c = 0
    dr = 0
    dc = 1
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr = r + dr
        nc = c + dc
        if not (0 <= nr < n and 0 <= nc < n and m[nr][nc] == 0):
            dr, dc = dc, -dr
            nr = r + dr
            nc = c + dc
        r = nr
        c = nc
    return m


def rotate(m: list[list[int]]) -> list[list[int]]:
    return [[m[len(m) - 1 - r][c] for r in range(len(m))] for c in range(len(m[0]))]


def main() -> None:
    m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
    print(spiral(m))
    print(spiral([[1]]), spiral([[1, 2, 3]]), spiral([[1], [2], [3]]), spiral([]))
    s = make_spiral(5)
    for row in s:
        print(" ".join([f"{v:2d}" for v in row]))
    print(spiral(s) == list(range(1, 26)))
    print(rotate(m))
    print(rotate(rotate(rotate(rotate(m)))) == m)
    n = 7
    big = make_spiral(n)
    print(sum([big[i][i] for i in range(n)]) + sum([big[i][n - 1 - i] for i in range(n)]) - big[n // 2][n // 2])


if __name__ == "__main__":
    main()
