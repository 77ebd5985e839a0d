# expect: error[unsupported] 6:22
class Mixin:
    pass


class MyError(Mixin, ValueError):
    pass
