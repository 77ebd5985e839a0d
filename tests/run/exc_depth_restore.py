# Exceptions unwinding through many frames leave the recursion limit where
# it was: after each caught error, recursion still reaches the same depth.


class Deep(Exception):
    pass


def dive(n: int) -> int:
    if n == 0:
        raise Deep("bottom")
    return dive(n - 1) + 1


def reach(n: int, out: list[int]) -> None:
    out[0] = n
    reach(n + 1, out)


def main() -> None:
    for round in range(5):
        try:
            dive(400)
        except Deep as e:
            print("round", round, "caught", e)
    seen = [0]
    for attempt in range(3):
        try:
            reach(0, seen)
        except RecursionError as e:
            print("attempt", attempt, "reached", seen[0], e)
    for k in range(3):
        try:
            for i in range(10):
                if i == 3:
                    dive(200)
        except Deep:
            pass
        finally:
            print("finally", k)
    try:
        reach(0, seen)
    except RecursionError:
        print("reached again", seen[0])


main()
