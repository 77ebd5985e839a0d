# Found by difftest (campaign F, seed 1460877): `continue` in a `finally`, run
# on the exception path from inside a loop within the `try` (here the loop
# of `min(key=...)`), jumped to that inner loop: an LLVM verifier error.
G: list[int] = [1, 0, 2]


def f() -> None:
    for x in G:
        try:
            n = min(G, key=lambda k: 10 // k) if G else x
            print("n", n)
        finally:
            print("finally", x)
            continue
    print("done")


def g() -> int:
    total = 0
    for x in range(3):
        try:
            for y in [3, 0, 1]:
                total += 6 // y
                print("y", y, total)
        finally:
            print("fin", x)
            if x < 2:
                continue
            break
    return total


f()
print(g())
