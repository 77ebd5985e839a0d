# Multiple inheritance: a diamond, C3 method resolution, fields shared
# through the common base, objects used as either base, isinstance.


class Base:
    def __init__(self, name: str) -> None:
        self.name = name
        self.log: list[str] = []

    def who(self) -> str:
        return "Base"

    def hello(self) -> str:
        return f"hello from {self.who()} ({self.name})"


class Left(Base):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.left = 1

    def who(self) -> str:
        return "Left"

    def only_left(self) -> int:
        return self.left * 10


class Right(Base):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.right = 2.5

    def who(self) -> str:
        return "Right"

    def only_right(self) -> float:
        return self.right * 2.0


class Both(Left, Right):
    def __init__(self, name: str) -> None:
        Left.__init__(self, name)
        self.right = 7.5
        self.extra = "x"


def use_left(x: Left) -> str:
    return f"{x.who()} {x.only_left()} {x.name}"


def use_right(x: Right) -> str:
    return f"{x.who()} {x.only_right()} {x.name}"


def use_base(x: Base) -> str:
    x.log.append("seen")
    return x.hello()


b = Both("bob")
print(b.who(), b.hello())
print(use_left(b))
print(use_right(b))
print(use_base(b), b.log)
print(b.left, b.right, b.extra, b.name)
print(isinstance(b, Both), isinstance(b, Left), isinstance(b, Right), isinstance(b, Base))
r = Right("ray")
print(isinstance(r, Left), isinstance(r, Right), use_right(r))
items: list[Base] = [Left("l"), Right("r"), Both("b"), Base("z")]
for it in items:
    print(it.who(), isinstance(it, Left), isinstance(it, Right), it.hello())
rights: list[Right] = [r, b]
print([x.only_right() for x in rights])
print(Both.__mro__)
print(Left.__mro__)
