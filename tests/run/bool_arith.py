# bool is a subtype of int: arithmetic with bools gives ints (or floats).


def count_positive(a: int, b: int, c: int) -> int:
    count = 0
    count += a > 0
    count += b > 0
    count += c > 0
    return count


def main() -> None:
    print(True, False, not True, not False, not 0, not 5, not "", not "a")
    print(True + 1, True + True, False - True, True * 10, -True, +True)
    print(True / 2, True // 2, True % 2, 7 * False, True * 2.5, False + 0.5)
    print(True == 1, False == 0, True == 1.0, True < 2, False < True, True > False)
    print(int(True), int(False), float(True), str(True), str(False))
    print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool(" "))
    print(bool(True), bool(False), bool(-0.0), bool(1e-300))
    print(count_positive(1, -2, 3), count_positive(-1, -2, -3), count_positive(5, 5, 5))
    flag = 3 > 2
    other = 2 > 3
    print(flag, other, flag and other, flag or other, not flag)
    print(flag == other, flag != other, flag + other, flag * 3)
    t = True
    t = not t
    print(t)
    b: bool = 1 < 2 < 3
    print(b, str(b) + "!", len(str(b)), len(str(not b)))
    s = 0
    for i in range(10):
        s += i % 3 == 0
    print("multiples of 3 in 0..9:", s)
    print(True + True + True, (True + True) * (True + True + True))
    print(abs(-5) == 5, abs(-5) == 5 == True)
    print(min(3, 7) < max(3, 7) and not False)


main()
