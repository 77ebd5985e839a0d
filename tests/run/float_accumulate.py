# Floating-point accumulation: order of operations matters and results must
# match IEEE-754 double arithmetic exactly.


def harmonic(n: int) -> float:
    s = 0.0
    for i in range(1, n + 1):
        s += 1 / i
    return s


def harmonic_rev(n: int) -> float:
    s = 0.0
    for i in range(n, 0, -1):
        s += 1 / i
    return s


def kahan_tenths(n: int) -> float:
    s = 0.0
    c = 0.0
    for _ in range(n):
        y = 0.1 - c
        t = s + y
        c = (t - s) - y
        s = t
    return s


def main() -> None:
    s = 0.0
    for i in range(10):
        s += 0.1
    print(s, s == 1.0, abs(s - 1.0) < 1e-9)
    print(harmonic(10), harmonic_rev(10), harmonic(10) == harmonic_rev(10))
    print(harmonic(1000), harmonic_rev(1000))
    t = 0.0
    for i in range(1000):
        t += 0.1
    print(t, kahan_tenths(1000))
    print((0.1 + 0.2) + 0.3, 0.1 + (0.2 + 0.3))
    print(1e16 + 1 - 1e16, 1e16 - 1e16 + 1, 1e16 + 2 - 1e16)
    print(1e308 * 10 / 10, 1e308 / 10 * 10)
    print(0.1 * 3, 0.3 / 0.1, 3 * 0.1 == 0.3, 0.5 * 4 == 2.0)
    p = 1.0
    for i in range(1, 171):
        p *= i
    print("170! as float:", p)
    p *= 171
    print("171! as float:", p)
    q = 1.0
    for i in range(1100):
        q /= 2
    print("2**-1100:", q)
    x = 1.0
    eps = 1.0
    while x + eps / 2 != x:
        eps /= 2
    print("machine epsilon:", eps)
    tiny = 1.0
    while tiny / 2 > 0:
        tiny /= 2
    print("smallest subnormal:", tiny)
    mean = 0.0
    for i in range(1, 101):
        mean += (i - mean) / i
    print("running mean 1..100:", mean)


main()
