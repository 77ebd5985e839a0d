# Attributes first assigned by methods other than __init__ (an optional
# setup step, a lazily computed member), as mypy accepts: reads before the
# method ran raise AttributeError.
class Report:
    cached: str

    def __init__(self, title: str) -> None:
        self.title = title

    def load(self, rows: list[int]) -> None:
        self.rows = rows
        self.total = sum(rows)

    def summary(self) -> str:
        if not hasattr(self, "cached"):
            self.cached = f"{self.title}: {len(self.rows)} rows, total {self.total}"
        return self.cached

    def reset(self) -> None:
        del self.rows
        del self.total


r = Report("sales")
try:
    print(r.summary())
except AttributeError as e:
    print("before load:", e)
r.load([3, 4, 5])
print(r.summary())
print(r.summary(), r.total)
r.reset()
try:
    print(r.total)
except AttributeError as e:
    print("after reset:", e)


class Lazy(Report):
    def compute(self) -> float:
        self.mean = self.total / len(self.rows)
        return self.mean


z = Lazy("lazy")
z.load([1, 2])
print(z.compute(), z.mean)
z2 = Lazy("other")
try:
    print(z2.mean)
except AttributeError as e:
    print(e)
print(z2.rows)
