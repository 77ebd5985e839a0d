# expect: error[name] 7:16
class Outer:
    class Inner:
        n: int = 0

    def make(self) -> Inner:
        return Inner()


print(Outer().make().n)
