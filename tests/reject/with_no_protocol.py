# expect: error[type] 7:6
class Plain:
    def __init__(self) -> None:
        self.x = 1


with Plain() as p:
    print(p.x)
