# Temperature conversion tables with manual column padding.


def c_to_f(c: float) -> float:
    return c * 9 / 5 + 32


def f_to_c(f: float) -> float:
    return (f - 32) * 5 / 9


def pad(s: str, width: int) -> str:
    if len(s) >= width:
        return s
    return " " * (width - len(s)) + s


def main() -> None:
    print(pad("C", 8) + pad("F", 10) + pad("K", 10))
    print("-" * 28)
    for c in range(-40, 101, 20):
        fahr = c_to_f(float(c))
        k = c + 273.15
        print(pad(str(c), 8) + pad(str(fahr), 10) + pad(str(round(k, 2)), 10))
    print()
    for f in range(0, 213, 53):
        cels = f_to_c(float(f))
        print(pad(str(f), 5), pad(str(round(cels, 1)), 7), pad(str(round(cels)), 5), cels)
    print(c_to_f(37.0), c_to_f(-273.15), f_to_c(98.6), f_to_c(-459.67))
    print(c_to_f(f_to_c(50.0)), f_to_c(c_to_f(-40.0)))
    hot = 0
    cold = 0
    for c in range(-30, 45, 5):
        if c_to_f(float(c)) > 80:
            hot += 1
        elif c_to_f(float(c)) < 32:
            cold += 1
    print("hot", hot, "cold", cold)


if __name__ == "__main__":
    main()
