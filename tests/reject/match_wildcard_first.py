# expect: error[syntax] 4:10
x = 3
match x:
    case _:
        pass
    case 1:
        pass
