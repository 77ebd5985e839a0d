# Every augmented assignment operator on ints, floats and strings.

counter = 0


def bump(by: int = 1) -> int:
    global counter
    counter += by
    return counter


def main() -> None:
    a = 17
    a += 5
    print("+=", a)
    a -= 30
    print("-=", a)
    a *= -3
    print("*=", a)
    a //= 5
    print("//=", a)
    a %= 7
    print("%=", a)
    a **= 3
    print("**=", a)
    a <<= 4
    print("<<=", a)
    a >>= 2
    print(">>=", a)
    a &= 0x3F
    print("&=", a)
    a |= 0x100
    print("|=", a)
    a ^= 0x1FF
    print("^=", a)
    f = 1.5
    f += 1
    print(f)
    f -= 0.25
    print(f)
    f *= 4
    print(f)
    f /= 3
    print(f)
    f //= 0.5
    print(f)
    f %= 2.5
    print(f)
    f **= 2
    print(f)
    g = -7.5
    g //= 2
    g %= -4
    print(g)
    s = "ab"
    s += "cd"
    print(s)
    s *= 3
    print(s)
    s += str(a)
    print(s)
    for i in range(5):
        bump()
    bump(10)
    bump(by=-3)
    print("counter", counter)
    x = 1
    y = 2
    x += y
    y += x
    x *= y
    print(x, y)
    neg = -10
    neg //= 3
    print(neg)
    neg %= -4
    print(neg, -10 // 3 % -4)


main()
