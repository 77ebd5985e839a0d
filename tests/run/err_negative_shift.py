# Ends with ValueError: negative shift count from 1 << -1.


def shl(x: int, n: int) -> int:
    return x << n


print(-1 << 2, -8 >> 1, shl(1, 10), shl(-3, 3))
for n in range(2, -3, -1):
    print("1 <<", n, "=", shl(1, n))
print("not reached")
