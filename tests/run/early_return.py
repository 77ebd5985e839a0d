# Functions with several return points, returns inside loops, and
# functions returning None implicitly or explicitly.


def classify(n: int) -> str:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return "composite"
    if n == 1:
        return "unit"
    return "prime"


def first_square_above(limit: int) -> int:
    i = 0
    while True:
        if i * i > limit:
            return i * i
        i += 1


def log_if(flag: bool, msg: str) -> None:
    if not flag:
        return
    print("log:", msg)


def nothing() -> None:
    pass


def explicit_none() -> None:
    print("explicit none")
    return None


def search(target: int) -> int:
    for i in range(10):
        for j in range(10):
            if i * j == target:
                return i * 10 + j
    return -1


def main() -> None:
    for n in range(-1, 12):
        print(n, classify(n))
    print(first_square_above(50), first_square_above(0), first_square_above(99))
    log_if(True, "shown")
    log_if(False, "hidden")
    print(nothing())
    r = explicit_none()
    print(r, r is None)
    print(nothing() is None, explicit_none() is not None)
    print(search(12), search(81), search(97), search(0))


main()
