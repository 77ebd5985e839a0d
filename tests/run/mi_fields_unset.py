# Fields under multiple inheritance: a field two bases define is one
# field; fields set by only one base's __init__ stay unset otherwise and
# reading them raises AttributeError naming the object's class.


class Named:
    def __init__(self, name: str) -> None:
        self.name = name
        self.tag = 0

    def title(self) -> str:
        return self.name.upper()


class Tagged:
    def __init__(self, tag: int) -> None:
        self.tag = tag
        self.flag = True

    def show(self) -> str:
        return f"#{self.tag} {self.flag}"


class Both(Named, Tagged):
    def __init__(self, name: str, tag: int) -> None:
        Named.__init__(self, name)
        Tagged.__init__(self, tag)


class OnlyNamed(Named, Tagged):
    pass


def tagged(t: Tagged) -> str:
    t.tag += 1
    return t.show()


b = Both("bee", 7)
print(b.title(), b.show(), b.name, b.tag)
print(tagged(b), b.tag)
o = OnlyNamed("owl")
print(o.title(), o.tag, hasattr(o, "flag"), hasattr(b, "flag"))
o.flag = False
print(tagged(o))
o2 = OnlyNamed("ox")
print(o2.name)
print(tagged(o2))
