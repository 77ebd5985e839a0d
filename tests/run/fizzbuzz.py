# FizzBuzz in several styles: if/elif chains, string building, conditional
# expressions, and counting.


def fizz(n: int) -> str:
    s = ""
    if n % 3 == 0:
        s += "Fizz"
    if n % 5 == 0:
        s += "Buzz"
    return s if s else str(n)


def fizz2(n: int) -> str:
    return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)


def main() -> None:
    for i in range(1, 21):
        if i % 15 == 0:
            print("FizzBuzz")
        elif i % 3 == 0:
            print("Fizz")
        elif i % 5 == 0:
            print("Buzz")
        else:
            print(i)
    line = ""
    for i in range(1, 31):
        line = line + fizz(i) + ("," if i < 30 else "")
    print(line)
    same = True
    for i in range(-30, 100):
        if fizz(i) != fizz2(i):
            same = False
            print("mismatch at", i)
    print("styles agree:", same)
    counts = (0, 0, 0)
    f, b, fb = counts
    for i in range(1, 101):
        w = fizz(i)
        if w == "FizzBuzz":
            fb += 1
        elif w == "Fizz":
            f += 1
        elif w == "Buzz":
            b += 1
    print((f, b, fb), f + b + fb)
    print(fizz(0), fizz(-3), fizz(-5), fizz(-7), fizz(9223372036854775805))


main()
