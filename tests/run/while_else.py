# while loops with else clauses, break and continue.


def find_divisor(n: int) -> int:
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return n
    return d


def countdown(n: int) -> None:
    while n > 0:
        print(n, end=" ")
        n -= 1
    else:
        print("liftoff")


def main() -> None:
    for n in range(2, 30, 3):
        print(n, "smallest divisor", find_divisor(n))
    countdown(5)
    countdown(0)
    i = 0
    while i < 10:
        i += 1
        if i % 3 == 0:
            continue
        if i == 8:
            print("breaking at", i)
            break
        print("i =", i)
    else:
        print("never printed")
    print("after loop i =", i)
    j = 0
    while j < 3:
        j += 1
        continue
    else:
        print("else after continue-only loop, j =", j)
    k = 10
    while False:
        k = 0
    else:
        print("else of never-entered loop, k =", k)
    x = 1
    while True:
        x *= 3
        if x > 1000:
            break
    print("first power of 3 over 1000:", x)
    a = 0
    b = 0
    while a < 4:
        b = 0
        while b < 4:
            if b > a:
                break
            b += 1
        else:
            print("inner completed for a =", a)
        a += 1
    print(a, b)


main()
