# for loops over range with else, break and continue.


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True


def first_multiple(lo: int, hi: int, k: int) -> int:
    for i in range(lo, hi):
        if i % k == 0:
            break
    else:
        return -1
    return i


def main() -> None:
    for i in range(5):
        if i == 10:
            break
    else:
        print("no break: else runs, i =", i)
    for i in range(5):
        if i == 2:
            print("break at", i)
            break
    else:
        print("not printed")
    for i in range(0):
        print("not printed")
    else:
        print("empty range: else runs")
    for i in range(6):
        if i % 2 == 1:
            continue
        print("even", i)
    else:
        print("else after continue, i =", i)
    print(first_multiple(10, 20, 7), first_multiple(10, 13, 7), first_multiple(5, 5, 1))
    primes = ""
    for n in range(30):
        if is_prime(n):
            primes = primes + str(n) + " "
    print(primes)
    for n in range(2, 12):
        for d in range(2, n):
            if n % d == 0:
                print(n, "=", d, "*", n // d)
                break
        else:
            print(n, "is prime")


if __name__ == "__main__":
    main()
