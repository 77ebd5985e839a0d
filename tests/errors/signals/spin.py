# Runs for minutes unless it is killed: the reliability tests send it
# signals from outside. The first line is longer than the runtime's 64 KiB
# output buffer, so it reaches stdout at once (the tests wait for it); the
# partial line after it stays buffered until the program ends or a signal
# report flushes it.


def spin(n: int) -> int:
    x = 1
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
    return x


print("x" * 70000)
print("partial", end="")
print(spin(1000000000000))
