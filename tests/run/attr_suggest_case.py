# A case flip costs less than another substitution (CPython's CASE_COST):
# 'Width' is suggested for 'width'; 'HEIGHT' is too far from 'height'.
class Box:
    def __init__(self, full: bool) -> None:
        self.Width = 2
        self.HEIGHT = 3
        if full:
            self.width = 1
            self.height = 1


b = Box(True)
print(b.width, b.height)
c = Box(False)
try:
    print(c.height)
except AttributeError as e:
    print(e)
    print(c.width)
