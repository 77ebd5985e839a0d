# Collector roots: values held only in locals (stack slots and registers)
# across calls that allocate.
#
# Each frame of a recursion keeps its own freshly built list and string
# while the calls below it churn; iterators over temporaries, string
# builders, sort keys, comprehension temporaries and values unpacked from
# tuples stay alive only through the frames that use them.


def churn(n: int) -> int:
    total = 0
    for i in range(n):
        total += len([str(i), str(i + 1), str(i + 2)])
    return total


def make(n: int) -> list[str]:
    return ["item" + str(i) for i in range(n)]


def descend(depth: int, prefix: str) -> int:
    mine = [prefix + str(depth) + "-" + str(k) for k in range(5)]
    label = "<" + prefix * 2 + str(depth) + ">"
    below = 0
    if depth > 0:
        below = descend(depth - 1, prefix)
    churn(3)
    check = sum(len(s) for s in mine) + len(label)
    return below + check


def pair(i: int) -> tuple[str, list[int]]:
    return ("p" + str(i), [i, i * 2, i * 3])


def keyfn(s: str) -> str:
    # Allocates a new key string for every element while sorting.
    return s[::-1] + str(len(s))


def main() -> None:
    print("descend", descend(120, "ab"))
    # Iterating a temporary: the list is held only by the loop.
    total = 0
    for s in make(300):
        total += len(s)
        if len(s) % 3 == 0:
            churn(1)
    print("iterated", total)
    # enumerate/zip over temporaries.
    acc = 0
    for i, (x, y) in enumerate(zip(make(100), [str(k * k) for k in range(100)])):
        acc += i + len(x) + len(y)
        churn(1)
    print("zipped", acc)
    # A string builder extended in a loop.
    text = ""
    for i in range(400):
        text += str(i % 10)
        if i % 40 == 0:
            churn(2)
    print("built", len(text), text[:12], text[-12:])
    # Sort keys computed (and allocated) by the runtime's sort.
    words = make(150)
    ordered = sorted(words, key=keyfn)
    print("sorted", ordered[:3], ordered[-3:])
    words.sort(key=lambda w: (len(w), w[::-1]), reverse=True)
    print("sorted", words[:3], words[-3:])
    # Values unpacked from tuples returned by calls, used after more calls.
    name, values = pair(5)
    other, more = pair(6)
    churn(50)
    print(name, values, other, more)
    # Generator expressions consumed by reductions and join.
    print(sum(len(str(i) * 3) for i in range(500)))
    print(max((str(i) * 2 for i in range(90)), key=len))
    print("|".join(w.upper() for w in make(8)))
    # map and filter over temporaries with functions that allocate.
    print(list(map(keyfn, filter(lambda w: w.endswith("7"), make(60)))))
    # Many values live at once across an allocating call.
    a = "alpha" + str(len(text))
    b = ["beta"] * 3
    c = {"gamma": [1, 2]}
    d = (a, b, 4.5)
    e = {a, "epsilon"}
    churn(100)
    print(a, b, c, d, sorted(e))
    # Formatting built pieces.
    parts = [f"{i:>4}|{s:<8}|{i * 0.25:.2f}" for i, s in enumerate(make(5))]
    churn(20)
    print("\n".join(parts))
    print("%s-%d-%r" % (a, len(b), d))


main()
