# Float floor division and modulo, including signed zeros and infinities.
import math


def show(a: float, b: float) -> None:
    print(a, "//", b, "=", a // b, "|", a, "%", b, "=", a % b)


print(-7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2)
print(-7.5 // -2, -7.5 % -2)
print(5.0 % -3, -5.0 % 3, 5.0 % 3, -5.0 % -3)
print(5.0 // -3, -5.0 // 3, 5.0 // 3, -5.0 // -3)
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5)
print(6.0 % 3, -6.0 % 3, 6.0 % -3, -6.0 % -3)
print(0.0 // 1, -0.0 // 1, 0.0 // -1, -0.0 // -1)
print(0.0 % 5, -0.0 % 5, 0.0 % -5, -0.0 % -5)
print(1.0 // 0.1, 1.0 % 0.1)
print(0.3 // 0.1, 0.3 % 0.1)
print(-1e-20 % 1.0, 1e-20 % -1.0)
print(-1e-20 // 1.0, 1e-20 // -1.0)
print(2.5 // 0.5, 2.5 % 0.5)
inf = math.inf
print(5.0 // inf, -5.0 // inf, 5.0 // -inf, -5.0 // -inf)
print(5.0 % inf, -5.0 % inf, 5.0 % -inf, -5.0 % -inf)
print(1e300 // 1e-300, 1e300 % 1e-300)
print(1e16 // 3, 1e16 % 3)
a: float = -3.75
for i in range(1, 5):
    show(a, float(i))
    show(a, float(-i))
z: float = 10.0
z //= 3
print(z)
z %= 1.5
print(z)
w: float = -10.0
w %= 3
print(w)
w //= -0.5
print(w)
print(math.fmod(-7.5, 2), -7.5 % 2)
