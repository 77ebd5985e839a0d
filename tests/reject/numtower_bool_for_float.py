# expect: error[type] 4:12
# CPython keeps a bool where a float is declared, which prints as True;
# multigen refuses it with a hint.
x: float = True
print(x)
