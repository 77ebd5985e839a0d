# Out of memory, caught: the failed structure becomes garbage, the program
# goes on and allocates again (run under a virtual-memory limit). The chunks
# are large so that the list holding them stays a small object: a large
# pointer array could be kept alive by a stray pointer in the collector's
# own frames (docs/reliability.md, "Out of memory").


def hoard(limit: int) -> int:
    chunks: list[list[int]] = []
    while len(chunks) < limit:
        chunks.append([len(chunks)] * 1000000)
    return len(chunks)


for attempt in range(3):
    try:
        print("attempt", attempt, hoard(1000000000))
    except MemoryError:
        print("attempt", attempt, "ran out of memory")
print("small", hoard(3))
total = 0
for i in range(2000):
    total += len([i] * 1000)
print("total", total)
