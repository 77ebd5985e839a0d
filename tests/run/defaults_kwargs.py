# Default argument values and keyword arguments in any order.

SCALE = 10
GREETING = "Hello"


def greet(name: str, greeting: str = GREETING, punct: str = "!") -> str:
    return greeting + ", " + name + punct


def box(w: int, h: int = 1, fill: str = "#") -> None:
    for _ in range(h):
        print(fill * w)


def lin(x: float, slope: float = 2.0, intercept: float = 0.5) -> float:
    return slope * x + intercept


def scaled(v: int, factor: int = SCALE * 2, offset: int = -SCALE) -> int:
    return v * factor + offset


def describe(a: int, b: int = 2, c: int = 3, d: int = 4) -> str:
    return str(a) + "-" + str(b) + "-" + str(c) + "-" + str(d)


def main() -> None:
    print(greet("Ann"))
    print(greet("Bob", "Hi"))
    print(greet("Cy", punct="?"))
    print(greet(punct=".", name="Di", greeting="Bye"))
    print(greet(greeting="Yo", name="Ed"))
    box(3)
    box(4, 2)
    box(2, fill="*", h=3)
    box(h=1, w=5, fill="=")
    print(lin(1.0), lin(2.0, 3.0), lin(2.0, intercept=-1.0), lin(x=0.5, slope=0.5))
    print(lin(4.0, 0.25), lin(3.0, intercept=1.5))
    print(scaled(1), scaled(2, 3), scaled(3, offset=0), scaled(v=4, offset=1, factor=1))
    print(describe(1))
    print(describe(1, 5))
    print(describe(1, d=9))
    print(describe(1, c=7, b=8))
    print(describe(d=0, c=0, b=0, a=0))
    print(describe(9, 8, 7, 6))
    print(describe(-1, 2, d=-4))


if __name__ == "__main__":
    main()
