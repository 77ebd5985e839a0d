# expect: error[type] 3:12
xs = [1]
print(hash(xs))
