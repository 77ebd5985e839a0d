from typing import Callable


def outer() -> int:
    v = 0

    def inner(xs: list[int]) -> None:
        nonlocal v
        match xs:
            case [v]:
                pass
            case [a, b]:
                v = a * b

    inner([5])
    print(v)
    inner([3, 4])
    return v


print(outer())


def makers(specs: list[tuple[str, int]]) -> list[Callable[[int], int]]:
    out: list[Callable[[int], int]] = []
    for spec in specs:
        match spec:
            case ("add", n):
                out.append(lambda k: k + n)
            case ("mul", m):
                def mul(k: int) -> int:
                    return k * m
                out.append(mul)
    return out


fs = makers([("add", 1), ("mul", 3), ("add", 10)])
print([f(2) for f in fs])


def classify(xs: list[list[int]]) -> list[str]:
    res = []
    for row in xs:
        try:
            match row:
                case [a, b] if b != 0:
                    res.append(str(a // b))
                case [a, 0]:
                    raise ValueError(f"zero divisor for {a}")
                case [*_]:
                    res.append("skip")
        except ValueError as e:
            res.append(str(e))
        finally:
            res.append("|")
    return res


print(classify([[6, 3], [1, 0], [1, 2, 3]]))
