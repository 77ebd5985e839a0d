# expect: error[type] 3:1
t = (1, 2)
a, b, *c, d = t
