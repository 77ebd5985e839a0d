# math predicates and sign handling: isnan, isinf, isfinite, copysign,
# fmod versus %, and results at the edges of the float range.
import math


def classify(x: float) -> str:
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "+inf" if x > 0 else "-inf"
    if x == 0:
        return "-zero" if math.copysign(1.0, x) < 0 else "+zero"
    return "finite"


def main() -> None:
    values = (0.0, -0.0, 1.5, -1e308, math.inf, -math.inf, math.nan)
    a, b, c, d, e, f, g = values
    print(values)
    print(classify(a), classify(b), classify(c), classify(d), classify(e), classify(f), classify(g))
    print(math.isnan(a), math.isinf(e), math.isinf(f), math.isfinite(d), math.isfinite(g))
    print(math.isnan(1e308 * 10 - 1e308 * 10), math.isinf(1e308 * 10), math.isfinite(5e-324))
    print(math.isnan(0), math.isinf(10 ** 18), math.isfinite(-7))
    for x in range(-3, 4, 2):
        for y in range(-2, 3, 4):
            print(x, y, math.fmod(x, y), x % y, math.fmod(x * 1.5, y), (x * 1.5) % y)
    print(math.copysign(1, -0.0), math.copysign(-1, 0.0), math.copysign(math.inf, -1))
    print(math.copysign(0.0, -1), math.copysign(-0.0, 1), math.copysign(5, -math.inf))
    print(math.fabs(math.copysign(7.5, -1)), abs(math.copysign(7.5, -1)))
    print(math.fmod(-0.0, 1), math.fmod(0.0, -1), math.fmod(10, 0.3), 10 % 0.3)
    print(math.fmod(1e300, 3), math.fmod(-1e-300, 1), math.fmod(math.pi, 1))
    print(math.trunc(math.pi * 1e6) / 1e6, math.floor(-math.pi * 1e6) / 1e6)
    print(1e308 + 1e308, -1e308 - 1e308, 1e308 * 0.1, 5e-324 / 2, 5e-324 * 0.5)
    print(2.0 ** 1023 * 2, 2.0 ** -1074 / 2, 1.7976931348623157e308 + 1e292)
    print(math.hypot(1e308, 1e308), math.hypot(3e-320, 4e-320))
    print(math.sqrt(math.inf), math.exp(-math.inf), math.exp(math.inf), math.atan(math.inf))
    print(math.log(math.inf), math.tanh(math.inf), math.sinh(-math.inf), math.cosh(-math.inf))
    print(math.floor(-1e-320), math.ceil(1e-320), math.trunc(-1e-320))


if __name__ == "__main__":
    main()
