# expect: error[type] 2:6
g = (x for x in [])
print(list(g))
