# Ackermann function (small arguments) and a count of calls via a global.

calls = 0


def ack(m: int, n: int) -> int:
    global calls
    calls += 1
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def main() -> None:
    global calls
    for m in range(0, 4):
        for n in range(0, 5):
            if m == 3 and n > 3:
                continue
            calls = 0
            r = ack(m, n)
            print("ack(" + str(m) + ", " + str(n) + ") =", r, "calls:", calls)
    calls = 0
    print(ack(2, 10), calls)


if __name__ == "__main__":
    main()
