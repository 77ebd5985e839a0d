# expect: error[unsupported] 4:11
d = {1: "a"}
match d:
    case {1.0: v}:
        print(v)
