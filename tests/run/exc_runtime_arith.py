# Run-time ZeroDivisionError from int and float division, floor division and modulo, caught with its exact message.


def int_ops(a: int, b: int) -> str:
    out: list[str] = []
    try:
        out.append(str(a // b))
    except ZeroDivisionError as e:
        out.append("//:" + str(e))
    try:
        out.append(str(a % b))
    except ZeroDivisionError as e:
        out.append("%:" + str(e))
    try:
        out.append(str(a / b))
    except ZeroDivisionError as e:
        out.append("/:" + str(e))
    return " | ".join(out)


def float_ops(a: float, b: float) -> str:
    out: list[str] = []
    try:
        out.append(str(a / b))
    except ZeroDivisionError as e:
        out.append("/:" + str(e))
    try:
        out.append(str(a // b))
    except ZeroDivisionError as e:
        out.append("//:" + str(e))
    try:
        out.append(str(a % b))
    except ZeroDivisionError as e:
        out.append("%:" + str(e))
    return " | ".join(out)


def average(xs: list[int]) -> float:
    return sum(xs) / len(xs)


def main() -> None:
    print(int_ops(7, 2))
    print(int_ops(7, 0))
    print(int_ops(-7, 3))
    print(float_ops(7.5, 2.0))
    print(float_ops(7.5, 0.0))
    print(float_ops(-1.0, -0.0))
    for xs in [[1, 2, 4], [], [5]]:
        try:
            print(xs, average(xs))
        except ZeroDivisionError as e:
            print(xs, "average failed:", e, type(e).__name__)
    ok = 0
    bad = 0
    for d in range(-2, 3):
        try:
            _ = 10 // d
            ok += 1
        except ZeroDivisionError:
            bad += 1
    print(ok, bad)
    try:
        print(divmod(5, 0))
    except ZeroDivisionError as e:
        print("divmod:", e)


if __name__ == "__main__":
    main()
