# expect: error[syntax] 4:10
d = {"a": 1}
match d:
    case {"a": 1, "b": 2, "a": _}:
        pass
