# List workload: comprehensions with filters, append loops, indexing, prefix sums, slicing and sum().


def main() -> None:
    n = 120000
    rounds = 14
    grand = 0
    for r in range(rounds):
        xs = [(i * 7 + r * 13) % 1000 for i in range(n)]
        ys = [x * x for x in xs if x % 3 == 0]
        zs: list[int] = []
        m = len(ys)
        for k in range(m):
            if ys[k] % 2 == 0:
                zs.append(ys[k] // 2)
            else:
                zs.append(ys[m - 1 - k] % 100)
        prefix = [0] * (len(zs) + 1)
        for k in range(len(zs)):
            prefix[k + 1] = prefix[k] + zs[k]
        window = 0
        for k in range(50, len(prefix)):
            window = max(window, prefix[k] - prefix[k - 50])
        pairs = [xs[k] - xs[k - 1] for k in range(1, n, 5)]
        tail = sum(xs[-1000:]) + sum(pairs)
        grand += prefix[-1] % 1000003 + window + tail
        print("round", r, "len(ys)", m, "sum(zs)", prefix[-1], "window", window, "tail", tail)
    print("total", grand)


if __name__ == "__main__":
    main()
