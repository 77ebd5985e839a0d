# Runs until it is killed: crates/cli/tests/fatal.rs sends it fatal
# signals from outside once it is in its loop. The first line is longer
# than the runtime's 64 KiB output buffer, so it reaches stdout at once
# (the test waits for it); the partial line after it stays buffered until
# the report flushes it. `spin` is recursive (on a path that is never
# taken), so LLVM does not inline it: the frame the signal interrupts, which
# the report prints as `line ???`, is then its own (see
# docs/reliability.md, "Fatal signals").


def spin(n: int) -> int:
    x = 1
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
    if x == 7:
        return spin(n - 1) + spin(n - 2)
    return x


def outer(n: int) -> int:
    return spin(n) + 1


print("x" * 70000)
print("partial", end="")
print(outer(1000000000000))
