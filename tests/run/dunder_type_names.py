# type(obj).__name__/__qualname__, obj.__class__, type(a) == type(b) and
# type(obj) is C over a class hierarchy (multiple inheritance included).


class Shape:
    pass


class Circle(Shape):
    pass


class Square(Shape):
    pass


class Mixin:
    pass


class Both(Square, Mixin):
    pass


shapes: list[Shape] = [Shape(), Circle(), Square(), Both()]
for s in shapes:
    print(type(s).__name__, type(s).__qualname__, s.__class__.__name__, s.__class__.__qualname__)
    print(type(s) is Shape, type(s) is Square, type(s) == Both, type(s) is not Circle)
    print([type(s) == type(o) for o in shapes], [type(s) is not type(o) for o in shapes])
m: Mixin = Both()
b: Both = Both()
print(type(m) == type(b), type(m) is type(Mixin()), type(m).__name__)
print(Shape.__name__, Both.__qualname__, type(3).__name__, type("s").__qualname__)
print(type(1) == type(2), type(1) is type(True), type(1.5) != type(1))
