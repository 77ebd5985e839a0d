# expect: error[unsupported] 4:14
t = (1, "a", 2.5)
match t:
    case (1, *rest):
        print(rest)
