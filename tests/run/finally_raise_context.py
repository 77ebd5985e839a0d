# An exception raised in a finally block while another one passes through
# has that one as its __context__ ("During handling of the above exception").
def f(n: int) -> int:
    try:
        return 10 // n
    finally:
        if n == 0:
            raise ValueError("in finally")


def g() -> None:
    for i in range(3):
        try:
            try:
                print(f(i))
            finally:
                print("cleanup", i)
        except ValueError as e:
            print("caught", e)
            continue


g()
try:
    f(0)
except ValueError as e:
    print("outer", e)
try:
    try:
        raise KeyError("k")
    finally:
        try:
            raise IndexError("inner")
        except IndexError:
            print("inner handled")
except KeyError as e:
    print("key", e)
f(0)
