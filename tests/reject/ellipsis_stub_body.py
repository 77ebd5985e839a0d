# expect: error[type] 3:9
class Base:
    def area(self) -> float:
        ...


print(Base().area())
