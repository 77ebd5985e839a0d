# Cooperative super(): each __init__ takes its own keyword and passes the
# rest on, so the chain follows the MRO of the object's own class.


class Root:
    def __init__(self, **kw: int) -> None:
        self.trail: list[str] = ["Root"]

    def greet(self) -> str:
        return "root"


class A(Root):
    def __init__(self, a: int = 0, **kw: int) -> None:
        super().__init__(**kw)
        self.a = a
        self.trail.append("A")

    def greet(self) -> str:
        return "A>" + super().greet()


class B(Root):
    def __init__(self, b: int = 0, **kw: int) -> None:
        super().__init__(**kw)
        self.b = b
        self.trail.append("B")

    def greet(self) -> str:
        return "B>" + super().greet()


class C(A, B):
    def __init__(self, c: int = 0, **kw: int) -> None:
        super().__init__(**kw)
        self.c = c
        self.trail.append("C")

    def greet(self) -> str:
        return "C>" + super().greet()


class D(B):
    def greet(self) -> str:
        return "D>" + super(D, self).greet()


x = C(a=1, b=2, c=3)
print(x.a, x.b, x.c, x.trail)
print(x.greet())
y = A(a=5)
print(y.a, y.trail, y.greet())
z = B(b=6)
print(z.b, z.trail, z.greet())
w = D(b=9)
print(w.b, w.trail, w.greet())
print(C.__mro__)


class E(C):
    def greet(self) -> str:
        return "E>" + super(C, self).greet()


e = E(a=1, c=3)
print(e.greet(), e.trail, e.a, e.b, e.c)
