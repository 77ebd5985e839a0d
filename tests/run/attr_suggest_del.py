# getattr() with a literal name fails like a read, with a suggestion; a
# failed `del obj.attr` has none in CPython (its AttributeError carries no
# name and object).
class Tag:
    def __init__(self, named: bool) -> None:
        self.labels = ["x"]
        if named:
            self.label = "t"


t = Tag(True)
del t.label
try:
    print(getattr(t, "label"))
except AttributeError:
    del t.label
