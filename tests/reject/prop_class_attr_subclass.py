# expect: error[unsupported] 10:5
class Base:
    count = 0


class Sub(Base):
    pass


Sub.count = 3
print(Base.count, Sub.count)
