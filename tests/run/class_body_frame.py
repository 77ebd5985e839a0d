# An exception raised by the body of a class statement: the traceback
# shows the class body's own frame (`in A`) under the module's `class A:`
# line, as in CPython. Here the body reads the class name before it is
# bound, through a function.


def f() -> int:
    return A.N + 1


class A:
    """A class whose body calls a function that uses the class."""

    N: int = 1
    M: int = f()


print(A.M)
