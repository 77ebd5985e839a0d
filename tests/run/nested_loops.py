# Nested loops with break/continue affecting only the innermost loop.


def main() -> None:
    for i in range(1, 6):
        line = ""
        for j in range(1, 6):
            line = line + str(i * j) + " "
        print(line)
    count = 0
    for i in range(10):
        for j in range(10):
            if j > i:
                break
            if (i + j) % 3 == 0:
                continue
            count += 1
    print("count", count)
    found = False
    for a in range(1, 30):
        for b in range(a, 30):
            c2 = a * a + b * b
            c = 1
            while c * c < c2:
                c += 1
            if c * c == c2 and c < 30:
                print("triple", a, b, c)
                if a + b + c == 60:
                    found = True
                    break
        if found:
            break
    print("found", found)
    for i in range(3):
        for j in range(3):
            for k in range(3):
                if k == 1:
                    continue
                if j == 2:
                    break
                print(i, j, k, end="; ")
        print()
    total = 0
    i = 0
    while i < 5:
        j = 0
        while j < 5:
            j += 1
            if j == i:
                continue
            total += i * j
        i += 1
    print("total", total)
    for row in range(4):
        for col in range(row + 1):
            print("*", end="")
        for col in range(4 - row):
            print(".", end="")
        print()


main()
