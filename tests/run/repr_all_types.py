# str() and repr() of every value type, alone and nested inside containers.


def show(label: str, text: str) -> None:
    print(label.ljust(10), text)


def main() -> None:
    n = -42
    f = 2.5
    b = True
    s = "it's"
    show("int", str(n) + " " + repr(n))
    show("float", str(f) + " " + repr(f))
    show("bool", str(b) + " " + repr(False))
    show("str", str(s) + " " + repr(s))
    show("none", str(None) + " " + repr(None))
    xs = [1, 2, 3]
    show("list", str(xs) + " " + repr(xs))
    strs = ["a", "b'c", 'd"e', "f'g\"h"]
    show("liststr", str(strs))
    show("liststr", repr(strs))
    t = (1, "x", 3.0)
    show("tuple", str(t) + " " + repr(t))
    d = {"k": [1.5, 2.0], "j": []}
    show("dict", str(d))
    st = {3, 1, 2}
    show("set", str(st) + " " + repr(st))
    show("bools", str([True, False, True]))
    show("floats", str([0.1, 1e20, 1e-7, -0.0, 100.0]))
    show("tuple1", str((5,)) + " " + repr(("s",)))
    nested = [("a", {"b": (1, [2.0])})]
    show("nested", repr(nested))
    print(str(str(xs)), repr(str(xs)))
    print(repr(repr(s)))
    print(len(str(d)), len(repr(strs)))
    print(str(12345678901234), repr(-9223372036854775807))
    print(str(1.0), str(1e16), str(1.5e-5), str(123456789.125))
    print(repr("tab\there"), repr("new\nline"), repr("back\\slash"))
    print([repr(x) for x in ["", " ", "'", '"']])


if __name__ == "__main__":
    main()
