# and/or short-circuit with side effects; as values they return an operand.

trace = ""


def t(label: str, value: bool) -> bool:
    global trace
    trace = trace + label
    print("call", label)
    return value


def n(label: str, value: int) -> int:
    global trace
    trace = trace + label
    print("calln", label)
    return value


def main() -> None:
    global trace
    print(t("a", True) and t("b", False))
    print(t("c", False) and t("d", True))
    print(t("e", True) or t("f", False))
    print(t("g", False) or t("h", True))
    print(t("i", False) or t("j", False) or t("k", True) or t("l", True))
    print(t("m", True) and t("n", True) and t("o", False) and t("p", True))
    print(t("q", False) and t("r", True) or t("s", True))
    print(t("t", True) or t("u", True) and t("v", False))
    print("trace:", trace)
    trace = ""
    print(n("A", 0) or n("B", 7))
    print(n("C", 3) or n("D", 7))
    print(n("E", 0) and n("F", 7))
    print(n("G", 3) and n("H", 7))
    print(n("I", 0) or n("J", 0) or n("K", -1))
    print("trace:", trace)
    print(0 or 5, 3 and 0, 2 and 3, 0 and 1, 0 or 0, -1 or 9)
    print(0.0 or 1.5, 2.5 and 0.0, -0.0 or -0.0, 0.0 and 9.0)
    print("" or "x", "a" and "b", "" and "c", "y" or "z", "" or "")
    print(True and False, True or False, False or False, not (True and False))
    name = ""
    print("hello " + (name or "world"))
    name = "ann"
    print("hello " + (name or "world"))
    x = 10
    if x > 5 and x < 20 or x == 100:
        print("in range")
    if x and name:
        print("both truthy")
    if not (x - 10) or t("never", True):
        print("x - 10 is falsy")
    d = 0
    if d != 0 and 10 // d > 1:
        print("unreachable")
    else:
        print("guarded division skipped")
    print(d == 0 or 10 // d > 1)


main()
