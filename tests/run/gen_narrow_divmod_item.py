# difftest I seed 1700739: an item of divmod() of numbers is never None, so
# assigning it keeps an Optional variable narrowed in the except handler.
from typing import Optional


def f(o: Optional[int]) -> str:
    if o:
        try:
            o = o // divmod(o, 3)[1] % 5
            print("now", o)
            o = divmod(o, 0)[0]
        except ZeroDivisionError as e:
            print("caught", e, -o)
            return f"x:{+o!s}"
    return "none"


print(f(7))
print(f(None))
