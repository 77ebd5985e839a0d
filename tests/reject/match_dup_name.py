# expect: error[syntax] 4:19
x = [1, 2]
match x:
    case [a, (1 | 2) as a]:
        pass
