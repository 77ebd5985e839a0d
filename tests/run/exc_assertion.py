# AssertionError from failing asserts (with and without a message) caught like any other exception.


class Matrix:
    def __init__(self, rows: int, cols: int) -> None:
        assert rows > 0 and cols > 0, f"bad shape {rows}x{cols}"
        self.rows = rows
        self.cols = cols

    def check_same(self, other: "Matrix") -> None:
        assert self.rows == other.rows, "row mismatch"
        assert self.cols == other.cols


def sqrt_int(n: int) -> int:
    assert n >= 0, "negative input " + str(n)
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    assert r * r <= n < (r + 1) * (r + 1)
    return r


def main() -> None:
    for n in [0, 15, 16, -4, 99]:
        try:
            print(n, sqrt_int(n))
        except AssertionError as e:
            print(n, "AssertionError:", e, e.args)
    for r, c in [(2, 3), (0, 1), (3, -1)]:
        try:
            m = Matrix(r, c)
            print("made", m.rows, m.cols)
        except AssertionError as e:
            print("shape error:", str(e))
    a = Matrix(2, 2)
    for b in [Matrix(2, 2), Matrix(3, 2), Matrix(2, 5)]:
        try:
            a.check_same(b)
            print("same shape")
        except AssertionError as e:
            print("mismatch:", repr(str(e)), type(e).__name__)
    try:
        assert 1 + 1 == 3
    except AssertionError as e:
        print("plain assert:", repr(e), e.args)


if __name__ == "__main__":
    main()
