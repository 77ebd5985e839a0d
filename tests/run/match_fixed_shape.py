# A sequence pattern of the right length on a fixed-shape tuple matches
# without a run-time test: the cases after it never run (found by the
# random differential tester).


def pairs(a: int, b: int) -> None:
    match (a, b):
        case (x, 3) if x > 2:
            print("case0", x)
        case (m1, m2):
            print("case1", m1, m2)
        case (0, m3) if m3 != -3:
            print("case2", m3)
        case m5:
            print("last", m5)


pairs(12, 10)
pairs(5, 3)
pairs(0, 1)


def shape(t: tuple[int, str]) -> str:
    match t:
        case (n, s):
            return f"{n}:{s}"
        case (1, 2, 3):
            return "never"
        case _:
            return "never either"


print(shape((1, "a")))

triple = (1, 2.5, "x")
match triple:
    case (1, f, s) if f > 3.0:
        print("big", f, s)
    case (i, f, s):
        print("any", i, f, s)
    case (i, f):
        print("never", i, f)
print("after", i, f, s)


def never_last(s: str) -> int:
    match s:
        case "a":
            return 1
        case [c]:
            return 2
    return 0


print(never_last("a"), never_last("b"))
