# expect: error[unsupported] 7:16
class A:
    LIMIT = 1

    def limit(self) -> int:
        # Under B this would read B.LIMIT.
        return self.LIMIT


class B(A):
    LIMIT = 2


print(B().limit())
