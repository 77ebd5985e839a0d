# expect: error[unsupported] 3:11
xs = [[1], [2]]
print(max(*xs))
