# Finding (valid program rejected): narrowing of an Optional local is lost after a loop that
# assigns the variable an int (o *= 8, o = o * 8), although every value it can hold there is
# an int; a display using it then gets `int | None` element types:
# "error[type]: both branches of a conditional expression must have one type;
#  found dict[tuple[int, int], int] and dict[tuple[int | None, int | None], int | None]".
# Without the assignment in the loop (or without the loop) it compiles.
# CPython: {(192, 192): 192} / 3.0
from typing import Optional


def main() -> None:
    o: Optional[int] = 3
    if o is not None:
        w = 2
        while w > 0:
            w -= 1
            o *= 8
        d = {(1, 4): 2} if w > 0 else {(o, o): o}
        print(d)


main()


# The same at the start of an except handler when the try body assigns the variable:
# "error[type]: max() of float | None values is not supported".
# CPython: 3.0
def handler() -> None:
    f: Optional[float] = 1.5
    if f is not None:
        try:
            f *= 2.0
            print(1 // 0)
        except ZeroDivisionError:
            print(max(f, 0.5))


handler()
