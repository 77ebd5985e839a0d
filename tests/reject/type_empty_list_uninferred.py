# expect: error[type] 2:6
xs = []
print(len(xs))
