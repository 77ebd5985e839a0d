# A deterministic linear congruential generator (31-bit) driving a Monte
# Carlo estimate, dice histograms and a shuffle-free sampling test.

seed = 12345


def next_rand() -> int:
    global seed
    seed = (1103515245 * seed + 12345) % 2147483648
    return seed


def rand_float() -> float:
    return next_rand() / 2147483648


def roll() -> int:
    return next_rand() % 6 + 1


def main() -> None:
    global seed
    for i in range(5):
        print("rand", i, next_rand())
    seed = 42
    inside = 0
    n = 2000
    for i in range(n):
        x = rand_float()
        y = rand_float()
        if x * x + y * y <= 1.0:
            inside += 1
    print("pi estimate:", 4 * inside / n, "inside:", inside)
    seed = 7
    c1 = 0
    c2 = 0
    c3 = 0
    c4 = 0
    c5 = 0
    c6 = 0
    for i in range(600):
        r = roll()
        if r == 1:
            c1 += 1
        elif r == 2:
            c2 += 1
        elif r == 3:
            c3 += 1
        elif r == 4:
            c4 += 1
        elif r == 5:
            c5 += 1
        else:
            c6 += 1
    print("dice:", (c1, c2, c3, c4, c5, c6), c1 + c2 + c3 + c4 + c5 + c6)
    for face in range(1, 7):
        count = c1 if face == 1 else c2 if face == 2 else c3 if face == 3 else c4 if face == 4 else c5 if face == 5 else c6
        print(face, "#" * (count // 5), count)
    total = 0.0
    for i in range(1000):
        total += rand_float()
    print("mean of 1000 uniforms:", total / 1000, round(total / 1000, 3))
    print("final seed:", seed)


main()
