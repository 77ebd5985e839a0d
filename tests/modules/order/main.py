# Module bodies run once, at their first import, in CPython's order.
print("main starts", __name__)
import first
import second as sec
import first
from second import greet
print("main continues")
print(first.NAME, sec.NAME)
print(greet("you"))


def run() -> None:
    print("run:", first.twice(21), sec.NAME)


if __name__ == "__main__":
    run()
