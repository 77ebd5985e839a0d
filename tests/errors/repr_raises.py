# An exception raised by __repr__ while print() formats a list: CPython
# builds the list's whole text first, so only the arguments before it
# appear (print writes its arguments one by one).


class Shape:
    def __repr__(self) -> str:
        return "Shape()"


class Broken(Shape):
    def __repr__(self) -> str:
        raise RuntimeError("no repr")


shapes: list[Shape] = [Shape(), Shape()]
print(shapes, end=" ")
shapes.append(Broken())
print("before", shapes, "after")
