# expect: error[type] 4:16
# CPython keeps a bool here, which the union would read back as an int.

x: int | str = True
print(x)
