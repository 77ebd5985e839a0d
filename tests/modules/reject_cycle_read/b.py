import a
print(a.X)
