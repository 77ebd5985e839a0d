# expect: error[unsupported] 2:7
print(x * 2 for x in range(3))
