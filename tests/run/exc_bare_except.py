# Bare `except:` catches anything, including custom exceptions; used as a last resort after specific handlers.


class Oops(Exception):
    pass


def act(n: int) -> int:
    if n == 1:
        raise Oops("oops")
    if n == 2:
        return [0][n]
    if n == 3:
        return {"k": 1}["q"]
    if n == 4:
        return n // 0
    return n


def main() -> None:
    for n in range(6):
        try:
            print(n, "->", act(n))
        except:
            print(n, "-> failed")
    caught = 0
    for n in [1, 2, 3, 4, 5]:
        try:
            act(n)
        except KeyError:
            print("specific KeyError for", n)
        except:
            caught += 1
    print("generic catches", caught)
    try:
        try:
            act(1)
        except:
            print("inner bare, re-raising")
            raise
    except Oops as e:
        print("outer got", type(e).__name__, e)
    status = "unset"
    try:
        act(4)
        status = "fine"
    except:
        status = "broken"
    print(status)


if __name__ == "__main__":
    main()
