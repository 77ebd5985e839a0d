# Patterns that can never match the subject's static type simply never
# match; like mypy, multigen does not check what such a case binds.

def first(s: str) -> None:
    match s:
        case [a, b]:
            print(a, b)
        case _:
            print("str", s)


first("ab")


def f(s: str, n: int) -> int:
    match s:
        case [a, b]:
            def g() -> int:
                return n * 2
            return g()
        case "x" | [_]:
            return 1
        case (1 | "q") as both:
            return 2
        case _:
            pass
    match n:
        case "str":
            z = 5
            print(z)
        case [k]:
            print(k)
    return 0


print(f("ab", 3), f("x", 1), f("q", 1))

x = [1]
match x:
    case [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[y]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]:
        print(y)
    case [z]:
        print("one", z)
