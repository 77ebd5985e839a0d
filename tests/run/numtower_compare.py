# Comparisons, equality, hashing, truth and conversions of ints kept in
# float slots.
import math

a: float = 7
z: float = 0
h: float = 7.5
print(a == 7, a == 7.0, a != 7, a < 8, a <= 7, a > 6.5, a >= 7.5, 6 < a < 7.5)
print(a == h, a < h, h > a, z == 0, z == -0.0, z < 0.5)
print({a: "a"}[7.0], {a: "a"}[7])
keys: dict[float, str] = {1: "one", 2.5: "two and a half"}
print(keys[1], keys[1.0], keys[2.5], 1.0 in keys, 3 in keys, keys)
keys[1.0] = "uno"
print(keys)
fs: set[float] = {1, 1.0, 2, 2.5}
print(len(fs), 1.0 in fs, 2 in fs)
print(bool(a), bool(z), not z, z or 5.5, a and 2.5)
if z:
    print("z is true")
else:
    print("z is false")
print(int(a), float(a), float(z), round(a), round(a, 1), round(a, -1), round(h), round(h, 0))
print(str(a), repr(a), str(float(a)), f"{a}|{a:d}|{a:.2f}|{a:5}|{a:<4}|{a:e}|{a:%}|{a:x}")
print("%s %r %d %.1f %5.2f %g" % (a, a, a, a, a, a), "{} {:03d}".format(a, 7))
print(f"{z}", f"{z:.1f}")
print(math.sqrt(a), math.floor(a), math.ceil(a), math.trunc(a), math.isnan(a), math.isfinite(a))
print(math.fabs(-a), math.pow(a, 2), math.hypot(a, 0), math.log(a), math.copysign(a, -1))
print("skip", math.floor(z), math.exp(z))
xs: list[float] = [3, 1.5, 2, -1, 2.0]
print(sorted(xs), sorted(xs, reverse=True), min(xs), max(xs), sum(xs))
print(xs.index(2), xs.count(2), 2 in xs, 2.0 in xs, 4 in xs)
xs.sort()
print(xs)
ints: list[float] = [1, 2, 3]
print(sum(ints), sum(ints, 0.5), max(ints), min(ints), sum([x for x in ints if x > 9]))
print(max(1, 2.5), min(1, 2.5), max(2, 1.5), min(3, 3.0), max(3, 3.0))
