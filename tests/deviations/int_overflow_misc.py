# Negation, abs, floor division by -1, powers and shifts of the smallest int.
m = -9223372036854775807 - 1
print(m, m + 1, -(m + 1), abs(m + 1), m // 1, m % -1)
print(2 ** 62, 4611686018427387904 - 1 + 4611686018427387904)
print(1 << 62, -1 << 63)
print(m // -1)
