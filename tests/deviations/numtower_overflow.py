# An int of 2**49 or more cannot be kept exactly where a float is
# declared: multigen raises OverflowError where CPython keeps the big int.
x: float = 2**49 - 1
print(x)
x = -(2**49)
print(x)
x = 2**49
print(x)
