from typing import Protocol, runtime_checkable


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class Door:
    def close(self) -> None:
        print("closed")


class Base:
    pass


class Sub(Base):
    def close(self) -> None:
        print("sub closed")


def f(b: Base) -> None:
    if isinstance(b, Closer):
        print("closer")
    else:
        print("not")


f(Base())
f(Sub())
d = Door()
if isinstance(d, Closer):
    d.close()
