# expect: error[type] 12:7
class A:
    def size(self) -> int:
        return 1


class B:
    def size(self) -> str:
        return "one"


class C(A, B):
    pass


print(C().size())
