# A native stack overflow in the runtime: the repr of a list nested a
# million deep recurses in the runtime until the stack (8 MiB, the test
# sets it) runs out. CPython raises RecursionError here instead (a
# documented difference); multigen reports the fault with the Python
# frames, all stopped at calls: the method, the generator, the list
# comprehension, the function and the module body, as CPython's
# traceback lists them.
from typing import Any, Iterator


def nest(n: int) -> Any:
    a: Any = []
    for i in range(n):
        a = [a]
    return a


class Printer:
    def show(self, x: Any) -> int:
        print(x)
        return 1


def shown(p: Printer, xs: list[Any]) -> Iterator[int]:
    for x in xs:
        yield p.show(x)


def main() -> None:
    p = Printer()
    print(len([k for k in shown(p, [1, nest(1000000)])]))


print("start")
print("partial", end="")
main()
