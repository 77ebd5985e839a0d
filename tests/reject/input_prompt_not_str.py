# expect: error[unsupported] 4:14
# mypy accepts any object as input()'s prompt; multigen only a str so far.

name = input(42)
print(name)
