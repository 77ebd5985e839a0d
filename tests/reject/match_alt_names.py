# expect: error[syntax] 4:32
x = [1, 2]
match x:
    case [1, y] | [y, 1] | [2, z]:
        pass
