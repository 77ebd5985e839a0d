# Integer powers are exact while they fit in 64 bits and raise after.
for e in range(60, 66):
    print(e, 2 ** e)
