# expect: error[unsupported] 3:10
x = 5
print(id(x))
