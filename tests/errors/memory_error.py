# Out of memory: a list that grows forever ends with MemoryError (run under
# a virtual-memory limit, `ulimit -v`).


def hoard() -> list[list[int]]:
    chunks: list[list[int]] = []
    while True:
        chunks.append([len(chunks)] * 10000)


print("hoarding", end="...")
print(len(hoard()))
