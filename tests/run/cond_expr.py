# Conditional expressions (both branches of the same type), nested and lazy.


def sign(x: int) -> int:
    return 1 if x > 0 else -1 if x < 0 else 0


def describe(x: int) -> str:
    return "zero" if x == 0 else ("even" if x % 2 == 0 else "odd")


def loud(label: str, value: int) -> int:
    print("evaluated", label)
    return value


def clamp(x: float, lo: float, hi: float) -> float:
    return lo if x < lo else hi if x > hi else x


def main() -> None:
    for i in range(-3, 4):
        print(i, sign(i), describe(i), "neg" if i < 0 else "non-neg")
    print(loud("then", 1) if True else loud("else", 2))
    print(loud("then", 1) if False else loud("else", 2))
    a = 7
    b = 3
    biggest = a if a > b else b
    smallest = a if a < b else b
    print(biggest, smallest)
    print(clamp(5.5, 0.0, 1.0), clamp(-2.0, 0.0, 1.0), clamp(0.25, 0.0, 1.0))
    x = 1.5 if a > 5 else 2.5
    print(x)
    s = "yes" if a and b else "no"
    print(s)
    n = (a if a % 2 == 0 else a + 1) // 2
    print(n)
    total = 0
    for i in range(10):
        total += i if i % 2 == 0 else -i
    print(total)
    label = "many" if total > 100 else "few" if total > 0 else "none or negative"
    print(label)
    flag = True if a > b else False
    print(flag, not flag if b > 0 else flag)
    print((1, 2) if a > b else (3, 4))


main()
