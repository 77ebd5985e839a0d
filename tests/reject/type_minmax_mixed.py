# expect: error[type] 2:14
print(max(3, 2.5))
