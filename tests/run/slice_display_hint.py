# A slice of a display or comprehension takes the type the slice is
# expected to have (difftest H seed 1601403).

class Base:
    def name(self) -> str:
        return "base"


class Sub(Base):
    def name(self) -> str:
        return "sub"


xs: list[list[Base]] = [[Base()]]
xs += [[Sub()] for _ in range(5)][:3]
ys: list[Base] = [Sub(), Sub(), Sub()][1:]
zs: list[list[Base]] = [[Sub()], [Sub()]][::-1]
print(len(xs), [x[0].name() for x in xs], len(ys), ys[0].name(), len(zs))
s: str = "abcdef"[1:3]
print(s)
