# expect: error[unsupported] 3:5
xs = [3, 1, 2]
r = reversed(xs)
print(list(r))
