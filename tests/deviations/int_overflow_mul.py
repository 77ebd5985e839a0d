# multigen's int is 64-bit: a product beyond 2**63 - 1 raises OverflowError
# (CPython would print the exact big integer). Output before it is flushed.
x = 3037000499
print(x * x)
y = x + 1
print("before", end=" ")
print(y * y)
print("not reached")
