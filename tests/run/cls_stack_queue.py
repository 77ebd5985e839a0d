# Stack and Queue classes wrapping lists, used for bracket matching, RPN evaluation and a BFS over a grid.


class Stack:
    def __init__(self) -> None:
        self.items: list[int] = []

    def push(self, v: int) -> None:
        self.items.append(v)

    def pop(self) -> int:
        return self.items.pop()

    def empty(self) -> bool:
        return len(self.items) == 0


class Queue:
    def __init__(self) -> None:
        self.inbox: list[tuple[int, int]] = []
        self.outbox: list[tuple[int, int]] = []

    def put(self, v: tuple[int, int]) -> None:
        self.inbox.append(v)

    def get(self) -> tuple[int, int]:
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()

    def empty(self) -> bool:
        return not self.inbox and not self.outbox


def rpn(expr: str) -> int:
    st = Stack()
    for tok in expr.split():
        if tok in "+-*":
            b = st.pop()
            a = st.pop()
            st.push(a + b if tok == "+" else a - b if tok == "-" else a * b)
        else:
            st.push(int(tok))
        print(" ", tok, st.items)
    return st.pop()


def bfs(grid: list[str]) -> int:
    q = Queue()
    seen = {(0, 0)}
    q.put((0, 0))
    steps = 0
    frontier = 1
    while not q.empty():
        nxt = 0
        for _ in range(frontier):
            x, y = q.get()
            if (x, y) == (len(grid[0]) - 1, len(grid) - 1):
                return steps
            for dx, dy in [(1, 0), (0, 1), (-1, 0), (0, -1)]:
                nx, ny = x + dx, y + dy
                if 0 <= ny < len(grid) and 0 <= nx < len(grid[0]) and grid[ny][nx] == "." and (nx, ny) not in seen:
                    seen.add((nx, ny))
                    q.put((nx, ny))
                    nxt += 1
        frontier = nxt
        steps += 1
    return -1


def main() -> None:
    s = Stack()
    for i in range(5):
        s.push(i * i)
    print(s.items, s.items[-1], len(s.items), s.empty())
    print([s.pop() for _ in range(5)], s.empty())
    print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"))
    q = Queue()
    for i in range(3):
        q.put((i, -i))
    print(q.get(), q.inbox, q.outbox)
    q.put((9, 9))
    print(q.get(), q.get(), q.get(), q.empty())
    print(bfs(["....", ".##.", "...#", "#..."]), bfs([".#", "#."]), bfs(["."]))


if __name__ == "__main__":
    main()
