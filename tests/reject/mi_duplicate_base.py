# expect: error[type] 6:12
class A:
    pass


class B(A, A):
    pass
