# expect: error[unsupported] 2:6
rs = [range(3), range(1, 4)]
print(rs)
