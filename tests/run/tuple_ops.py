# Tuple operations: unpacking (nested, in for loops, swaps), concatenation, comparison, membership, hashing as keys.


def min_max(xs: list[int]) -> tuple[int, int]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def stats(xs: list[float]) -> tuple[float, float, int]:
    total = sum(xs)
    return total, total / len(xs), len(xs)


def main() -> None:
    lo, hi = min_max([4, -2, 9, 0])
    print(lo, hi, min_max([7]))
    total, mean, n = stats([1.5, 2.5, 4.0])
    print(total, mean, n)
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    (p, q), r = (1, 2), 3
    print(p, q, r)
    points = [(1, 2), (3, 4), (5, 6)]
    for x, y in points:
        print(x * y, end=" ")
    print()
    for i, (x, y) in enumerate(points):
        print(i, x + y, end=" ")
    print()
    t = (1, 2, 3)
    u = t + (4, 5)
    print(u, len(u), 3 in u, 9 in u, u[1:4], u[-1])
    print(t == (1, 2, 3), t < (1, 2, 4), t > (1, 2), (1, "a") <= (1, "a"))
    nested = ((1, (2, 3)), (4, (5, 6)))
    for first, (second, third) in nested:
        print(first + second + third, end=" ")
    print()
    key_map = {(1, "a"): "one-a", (2, "b"): "two-b"}
    print(key_map[(1, "a")], (2, "b") in key_map)
    record = ("widget", 3, 2.5)
    name, qty, price = record
    print(f"{name}: {qty} x {price} = {qty * price}")
    rows = [("b", 2), ("a", 2), ("c", 1)]
    rows.sort(key=lambda kv: (kv[1], kv[0]))
    print(rows)
    swapped = [(y, x) for x, y in rows]
    print(swapped)
    triple = ((0.5, True), ("s", [1]))
    print(triple, triple[1][1], triple[0][1])


if __name__ == "__main__":
    main()
