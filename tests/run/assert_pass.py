# Assertions that hold: they must not print or stop anything.
import math


def checked_div(a: int, b: int) -> int:
    assert b != 0, "division by zero"
    return a // b


def sqrt_checked(x: float) -> float:
    assert x >= 0
    r = math.sqrt(x)
    assert abs(r * r - x) < 1e-9 * (x + 1), "bad root"
    return r


def main() -> None:
    assert True
    assert 1
    assert "non-empty"
    assert 0.5, "floats are truthy"
    assert 1 < 2 < 3
    assert not False, "not False"
    print("simple asserts passed")
    for i in range(1, 6):
        print(i, checked_div(100, i), checked_div(-100, i))
    for i in range(0, 5):
        print(sqrt_checked(i * 2.5))
    total = 0
    for i in range(10):
        total += i
        assert total >= i, "running total"
    assert total == 45, "sum is " + str(total)
    print("total", total)
    x = 7
    assert x % 2 == 1 and x > 5, "x must be odd and > 5"
    assert (x, 2) == (7, 2)
    assert -7 // 2 == -4 and -7 % 2 == 1
    assert round(2.5) == 2 and round(3.5) == 4
    print("all assertions passed")


if __name__ == "__main__":
    main()
