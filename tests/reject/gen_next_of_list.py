# expect: error[unsupported] 3:12
xs = [1, 2]
print(next(xs))
