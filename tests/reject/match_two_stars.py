# expect: error[syntax] 4:10
x = [1, 2]
match x:
    case [*a, 1, *b]:
        pass
