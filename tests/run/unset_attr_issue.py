# Issue 17: an attribute assigned on some paths of __init__ only. CPython
# raises AttributeError; multigen used to print 1 here.
class C:
    def __init__(self, b: bool) -> None:
        if b:
            self.x = [1]
            self.n = 5


c = C(False)
print(c.n + 1)
print(len(c.x))
