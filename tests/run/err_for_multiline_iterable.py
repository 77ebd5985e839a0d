# An exception while a for loop iterates is reported at the for line, also
# when the iterable starts on a later line.

def f(x: int) -> int:
    return 10 // x


total = 0
for y in (
    map(f, [1, 0])
):
    total += y
