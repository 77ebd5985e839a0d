# A fused loop in the module body: a comprehension inside the generator
# fails, under the generator's frame and the module's `for` line.
from typing import Iterator


def rows(n: int) -> Iterator[list[int]]:
    for i in range(n):
        yield [100 // (i - j) for j in range(3)]


total = 0
for r in rows(4):
    total += sum(r)
    print(r)
print(total)
