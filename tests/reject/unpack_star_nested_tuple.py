# expect: error[unsupported] 3:6
zs = [[(1, 2, 3)]]
for [(a, *b)] in zs:
    print(a, b)
