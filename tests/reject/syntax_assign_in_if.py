# expect: error[syntax] 3:6
x = 3
if x = 3:
    print(x)
