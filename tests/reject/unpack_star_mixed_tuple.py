# expect: error[type] 3:12
t = (1, "a", 2.5)
h, *rest = t
print(rest)
