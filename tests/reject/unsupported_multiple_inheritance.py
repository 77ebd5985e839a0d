# expect: error[unsupported] 10:12
class A:
    pass


class B:
    pass


class C(A, B):
    pass
