# The truth of an object whose subclass defines __bool__ or __len__ that its
# static class does not: CPython looks the method up on the object's class.
from typing import Optional


class A:
    pass


class B(A):
    def __bool__(self) -> bool:
        return False


class C(B):
    def __len__(self) -> int:
        return 3


class D(C):
    def __bool__(self) -> bool:
        return True


class Sized:
    def __len__(self) -> int:
        return 0


class Flagged(Sized):
    def __bool__(self) -> bool:
        return True


def t(a: A) -> str:
    return "yes" if a else "no"


def o(a: Optional[A]) -> str:
    return "yes" if a else "no"


def s(x: Sized) -> bool:
    return not x


print(t(A()), t(B()), t(C()), t(D()))
print(o(A()), o(B()), o(None), o(D()))
print(s(Sized()), s(Flagged()), [bool(x) for x in [A(), B(), C(), D()]])
