# heapq with objects ordered by __lt__, key= on dataclasses, and an empty heap: the traceback shows only the caller, as CPython's C heapq has no frame.
import heapq
from dataclasses import dataclass


class Task:
    def __init__(self, pri: int, name: str) -> None:
        self.pri = pri
        self.name = name

    def __lt__(self, other: "Task") -> bool:
        return self.pri < other.pri


@dataclass
class Rec:
    n: int
    label: str


tasks: list[Task] = []
for p, n in [(3, "c"), (1, "a"), (2, "b")]:
    heapq.heappush(tasks, Task(p, n))
while tasks:
    print(heapq.heappop(tasks).name)
recs = [Rec(3, "x"), Rec(1, "y"), Rec(2, "z")]
print(heapq.nsmallest(2, recs, key=lambda r: r.n))
print(heapq.nlargest(5, range(10)))
print(heapq.nsmallest(0, [1, 2]), heapq.nlargest(-1, [1]))
fl: list[float] = [2.5, 1.5]
heapq.heapify(fl)
print(fl)
h: list[int] = []
try:
    heapq.heapreplace(h, 1)
except IndexError as e:
    print("IndexError", e)
heapq.heappop(h)
