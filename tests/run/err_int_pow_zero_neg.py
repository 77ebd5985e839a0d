# Ends with ZeroDivisionError from 0 ** -1 (negative literal exponent).

print(2 ** -1, 4 ** -2, 10 ** -3)
print((-2) ** -1, 1 ** -5)
print("about to compute 0 ** -1")
print(0 ** -1)
print("not reached")
