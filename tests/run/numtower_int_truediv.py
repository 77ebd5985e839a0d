# Regression (difftest): `int / int` and `int ** -n` have float results but
# int operands; in a program that keeps ints in float slots they are not
# float operators.
x: float = 1
n = 7
print(n / 2, 3 / n, 2**-1, n / 7 + x, x / n)
print((n * 3) / (n - 5), -n / 4)
