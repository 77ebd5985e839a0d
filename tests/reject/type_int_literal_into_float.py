# expect: error[type] 2:12
x: float = 0
print(x)
