# expect: error[type] 8:8
class NotAnError:
    pass


try:
    print(1)
except NotAnError:
    print(2)
