import sys

# Reads a few lines by hand, then the rest by iteration across many of the
# reader's 8 KiB chunks, and sums the numbers of each line.
header = [sys.stdin.readline() for _ in range(3)]
print([h.rstrip("\n") for h in header])
total = 0
longest = 0
count = 0
carriage = 0
for line in sys.stdin:
    count += 1
    if line.endswith("\r\n"):
        carriage += 1
    words = line.split()
    longest = max(longest, len(words))
    for w in words:
        total += int(w)
print(count, total, longest, carriage)
print(repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    input()
except EOFError as e:
    print("EOFError:", e)
