# Catching RecursionError from unbounded recursion (printing only its message), then carrying on normally.


def countdown_forever(n: int) -> int:
    return countdown_forever(n + 1) + 1


def ping(n: int) -> int:
    return pong(n + 1)


def pong(n: int) -> int:
    return ping(n + 1)


def depth_limited(n: int) -> int:
    if n == 0:
        return 0
    return 1 + depth_limited(n - 1)


def main() -> None:
    print(depth_limited(100))
    try:
        countdown_forever(0)
        print("not reached")
    except RecursionError as e:
        print("caught:", e)
    try:
        ping(0)
    except RecursionError as e:
        print("mutual:", type(e).__name__, str(e))
    try:
        countdown_forever(5)
    except Exception as e:
        print("as Exception:", type(e).__name__)
    print(depth_limited(500), "still works")


if __name__ == "__main__":
    main()
