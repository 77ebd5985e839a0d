# A str variable extended in a loop (a string builder) and read by a closure.
from typing import List
G_TOTAL: List[str] = []

def main() -> None:
    s0 = '{'
    while G_TOTAL:
        s0 += '-'
    n0 = 3.75

    def cl0(a0: bool) -> str:
        return s0.rpartition(' ')[1]
    s1 = cl0(n0 == 1)
main()


def build(n: int) -> str:
    s = ""
    for i in range(n):
        s += str(i)

    def show() -> str:
        return "<" + s + ">"
    return show()


print(build(5))
