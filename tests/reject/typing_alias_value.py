# expect: error[unsupported] 5:5
Vector = list[float]


v = Vector()
print(v)
