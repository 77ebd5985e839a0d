# A near name that is itself unset on the object is not in dir(obj), so
# nothing is suggested (here 'total' and 'totals' are both unset).
class Counter:
    def __init__(self, start: bool) -> None:
        self.count = 0
        if start:
            self.totals = [1]
            self.total = 1


c = Counter(True)
print(c.total, c.totals)
d = Counter(False)
print(d.count)
print(d.total)
