# `del` of an attribute that is not set raises AttributeError, underlined.
class Box:
    def __init__(self, v: int) -> None:
        self.v = v


b = Box(3)
del b.v
print("deleted")
del b.v
print("not reached")
