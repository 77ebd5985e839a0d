# expect: error[unsupported] 3:10
match range(3):
    case [a, b, c]:
        print(a, b, c)
