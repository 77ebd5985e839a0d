# expect: error[unsupported] 3:19
match 3:
    case int(real=3):
        pass
