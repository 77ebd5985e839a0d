# String forward references ("Node", "Matrix") in annotations of fields, parameters and return types.
from typing import Optional


class Node:
    def __init__(self, value: int, nxt: Optional["Node"]) -> None:
        self.value = value
        self.next = nxt

    def prepend(self, value: int) -> "Node":
        return Node(value, self)

    def to_list(self) -> list[int]:
        out = [self.value]
        cur = self.next
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out


class Matrix:
    def __init__(self, rows: list[list[int]]) -> None:
        self.rows = rows

    def mul(self, other: "Matrix") -> "Matrix":
        n = len(self.rows)
        m = len(other.rows[0])
        k = len(other.rows)
        out = [[0] * m for _ in range(n)]
        for i in range(n):
            for j in range(m):
                for t in range(k):
                    out[i][j] += self.rows[i][t] * other.rows[t][j]
        return Matrix(out)

    def transpose(self) -> "Matrix":
        n = len(self.rows)
        m = len(self.rows[0])
        return Matrix([[self.rows[i][j] for i in range(n)] for j in range(m)])

    def same(self, other: "Matrix") -> bool:
        return self.rows == other.rows


def build(values: list[int]) -> "Node":
    head = Node(values[-1], None)
    for v in reversed(values[:-1]):
        head = head.prepend(v)
    return head


def main() -> None:
    n = build([1, 2, 3, 4])
    print(n.to_list())
    m = n.prepend(0).prepend(-1)
    print(m.to_list(), n.to_list())
    a = Matrix([[1, 2], [3, 4]])
    b = Matrix([[0, 1], [1, 0]])
    print(a.mul(b).rows, b.mul(a).rows)
    print(a.transpose().rows, a.transpose().transpose().same(a))
    c = Matrix([[1, 2, 3]])
    print(c.mul(c.transpose()).rows, c.transpose().mul(c).rows)
    p = a
    for _ in range(3):
        p = p.mul(a)
    print(p.rows)


if __name__ == "__main__":
    main()
