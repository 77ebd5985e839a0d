import sys

first = sys.stdin.readline()
print(repr(first))
name = input("name? ")
print(repr(name))
print(repr(sys.stdin.read(3)))
print(repr(sys.stdin.readline(4)))
print(repr(sys.stdin.readline()))
count = 0
for line in sys.stdin:
    count += 1
    print(count, repr(line))
    if count == 2:
        break
rest = sys.stdin.readlines()
print(rest)
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
print(sys.stdin)
