# range() with one, two and three arguments, negative steps and empty ranges.


def show(label: str, start: int, stop: int, step: int) -> None:
    out = ""
    n = 0
    for i in range(start, stop, step):
        out = out + str(i) + " "
        n += 1
    print(label, "[" + out + "]", n)


def main() -> None:
    for i in range(4):
        print(i, end=" ")
    print()
    for i in range(2, 6):
        print(i, end=" ")
    print()
    for i in range(-3):
        print("never", i)
    for i in range(-3, 3):
        print(i, end=" ")
    print()
    show("step 3", 0, 10, 3)
    show("step -3", 10, 0, -3)
    show("step -1", 5, -5, -1)
    show("neg", 0, -10, -4)
    show("empty1", 5, 5, 1)
    show("empty2", 5, 2, 1)
    show("empty3", 2, 5, -1)
    show("big step", 0, 100, 1000)
    show("big neg step", 100, 0, -1000)
    show("exact", 0, 12, 4)
    show("neg bounds", -20, -5, 5)
    show("neg bounds rev", -5, -20, -5)
    show("one", 7, 8, 1)
    show("one rev", 7, 6, -1)
    n = 5
    for i in range(n, 0, -1):
        print("*" * i)
    for i in range(n * 2 - 10):
        print("never")
    total = 0
    for i in range(1, 1001):
        total += i
    print(total)
    total = 0
    for i in range(1000, 0, -7):
        total += i
    print(total)
    start = 3
    stop = 30
    step = 9
    for i in range(start, stop, step):
        print(i, end=",")
    print()
    for i in range(-9223372036854775807, -9223372036854775800, 3):
        print(i)
    for i in range(9223372036854775806, 9223372036854775800, -2):
        print(i)


main()
