# expect: error[type] 2:7
print(2 @ 3)
