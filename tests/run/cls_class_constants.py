# Class-level constants read through the class name and through self, inside and outside methods.


class Grid:
    WIDTH = 8
    HEIGHT = 4
    EMPTY = "."
    WALL = "#"
    RATE: float = 0.25
    DIRS = ((0, 1), (1, 0), (0, -1), (-1, 0))

    def __init__(self) -> None:
        self.cells: list[str] = [Grid.EMPTY] * (self.WIDTH * self.HEIGHT)

    def index(self, x: int, y: int) -> int:
        return y * Grid.WIDTH + x

    def inside(self, x: int, y: int) -> bool:
        return 0 <= x < self.WIDTH and 0 <= y < self.HEIGHT

    def set_wall(self, x: int, y: int) -> None:
        if self.inside(x, y):
            self.cells[self.index(x, y)] = self.WALL

    def neighbours(self, x: int, y: int) -> int:
        n = 0
        for dx, dy in Grid.DIRS:
            if self.inside(x + dx, y + dy) and self.cells[self.index(x + dx, y + dy)] == Grid.WALL:
                n += 1
        return n

    def render(self) -> str:
        rows: list[str] = []
        for y in range(Grid.HEIGHT):
            rows.append("".join(self.cells[y * self.WIDTH:(y + 1) * self.WIDTH]))
        return "\n".join(rows)

    def cost(self, steps: int) -> float:
        return steps * self.RATE + Grid.RATE


class Limits:
    MIN = -5
    MAX = 5
    NAME = "limits"

    def clamp(self, v: int) -> int:
        return max(Limits.MIN, min(self.MAX, v))


def main() -> None:
    print(Grid.WIDTH, Grid.HEIGHT, Grid.EMPTY, Grid.WALL, Grid.RATE, Grid.DIRS)
    g = Grid()
    print(g.WIDTH * g.HEIGHT, len(g.cells), g.DIRS[1])
    for x, y in [(0, 0), (1, 0), (2, 1), (7, 3), (8, 0), (1, 1), (-1, 2)]:
        g.set_wall(x, y)
    print(g.render())
    for x, y in [(1, 1), (0, 1), (2, 0), (6, 3)]:
        print((x, y), g.neighbours(x, y))
    print(g.cost(3), g.cost(10), Grid.RATE * 4)
    lim = Limits()
    print(Limits.NAME, lim.NAME, [lim.clamp(v) for v in range(-8, 9, 3)])
    print(Limits.MAX - Limits.MIN, lim.MAX + lim.MIN)


if __name__ == "__main__":
    main()
