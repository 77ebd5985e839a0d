# finally runs on every exit path: normal completion, return in try, break/continue in a loop, propagation, return in except.


def ret_in_try(x: int) -> str:
    try:
        if x > 0:
            return "positive"
        print("  not positive")
    finally:
        print("  finally ret_in_try", x)
    return "non-positive"


def ret_in_except(s: str) -> int:
    try:
        return int(s)
    except ValueError:
        print("  bad input", repr(s))
        return -1
    finally:
        print("  finally ret_in_except", repr(s))


def propagate(n: int) -> int:
    try:
        return 10 // n
    finally:
        print("  finally propagate", n)


def loop_break_continue() -> list[int]:
    seen: list[int] = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            seen.append(i)
        finally:
            print("  finally loop", i)
    return seen


def while_loop() -> int:
    i = 0
    total = 0
    while True:
        try:
            i += 1
            if i % 2 == 0:
                continue
            if i > 7:
                break
            total += i
        finally:
            total += 100
    return total


def main() -> None:
    print(ret_in_try(5))
    print(ret_in_try(-5))
    print(ret_in_except("42"))
    print(ret_in_except("forty"))
    print(propagate(3))
    try:
        print(propagate(0))
    except ZeroDivisionError as e:
        print("caught after finally:", e)
    print(loop_break_continue())
    print(while_loop())
    order: list[str] = []
    try:
        try:
            order.append("inner try")
            raise KeyError("k")
        finally:
            order.append("inner finally")
    except KeyError:
        order.append("outer except")
    finally:
        order.append("outer finally")
    print(order)


if __name__ == "__main__":
    main()
