# expect: error[type] 4:5
# CPython keeps each int as it is: converting would print 1.0.
f: float = 0.5
for f in [1, 2]:
    print(f)
