# The for variable survives the loop; assigning to it inside the body does
# not change the iteration; an empty range leaves the old value alone.


def last_index(n: int) -> int:
    i = -1
    for i in range(n):
        pass
    return i


def main() -> None:
    for i in range(5):
        pass
    print("after range(5):", i)
    for i in range(10, 0, -3):
        pass
    print("after range(10, 0, -3):", i)
    i = 100
    for i in range(0):
        pass
    print("after empty range:", i)
    for i in range(5, 5):
        print("never")
    print("still:", i)
    for i in range(4):
        i += 10
        print("body sees", i)
    print("after modified loop:", i)
    for i in range(3):
        print("iteration", i)
        i = 99
    print("final", i)
    print(last_index(0), last_index(1), last_index(7))
    for j in range(3):
        if j == 1:
            break
    print("after break j =", j)
    total = 0
    for k in range(1, 4):
        for k2 in range(k):
            total += k * 10 + k2
    print(total, k, k2)
    n = 3
    for m in range(n):
        n = 10
        print("m", m, "n", n)
    print("n after", n)


main()
