# An exception raised while a nested class is used in the outer class
# body: the frames of the module, the outer body and the method.
class Outer:
    class Inner:
        def __init__(self, v: int) -> None:
            self.v = 10 // v

    x = Inner(0)


print(Outer.x.v)
