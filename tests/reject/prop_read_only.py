# expect: error[type] 10:3
class Box:
    @property
    def size(self) -> int:
        return 3


b = Box()
print(b.size)
b.size = 4
