# expect: error[unsupported] 3:5
xs = [1, 2, 3]
m = map(lambda v: v * 2, xs)
print(list(m))
