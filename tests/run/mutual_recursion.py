# Mutual recursion: parity, Hofstadter female/male sequences, and a tiny
# recursive-descent evaluator over digit strings built with str ops only.


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def female(n: int) -> int:
    if n == 0:
        return 1
    return n - male(female(n - 1))


def male(n: int) -> int:
    if n == 0:
        return 0
    return n - female(male(n - 1))


def ping(n: int, log: str) -> str:
    if n <= 0:
        return log + "."
    return pong(n - 1, log + "i")


def pong(n: int, log: str) -> str:
    if n <= 0:
        return log + "!"
    return ping(n - 1, log + "o")


def main() -> None:
    for n in range(0, 12, 3):
        print(n, is_even(n), is_odd(n))
    print(is_even(301), is_odd(301))
    f = ""
    m = ""
    for n in range(15):
        f = f + str(female(n)) + " "
        m = m + str(male(n)) + " "
    print("F:", f)
    print("M:", m)
    for n in range(6):
        print(n, ping(n, ""), pong(n, ">"))


main()
