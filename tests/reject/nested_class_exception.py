# expect: error[unsupported] 3:11
class Outer:
    class Error(Exception):
        pass


print(Outer.Error)
