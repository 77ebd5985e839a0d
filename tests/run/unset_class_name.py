# A class used through its name (construction, a static method, a class
# attribute) by a function that runs before the class statement: NameError
# as in CPython, not an object of the class with its class attributes
# unwritten.


def make() -> "A":
    return A()


def static() -> int:
    return A.sm()


def const() -> str:
    return A.X


class B:
    def get(self) -> str:
        return A.X


b = B()
for f in range(4):
    try:
        if f == 0:
            print(make().get())
        elif f == 1:
            print(static())
        elif f == 2:
            print(const())
        else:
            print(b.get())
    except NameError as e:
        print(f, e)


class A:
    X: str = "x"

    def get(self) -> str:
        return self.X

    @staticmethod
    def sm() -> int:
        return 3


print(make().get(), static(), const(), b.get())


def late() -> int:
    return len(D.Y)


print(late())


class D:
    Y: list[int] = [1]
