# Text histograms: bucketing LCG samples into list[int], horizontal and vertical bar charts with str *.


def samples(n: int, seed: int) -> list[int]:
    out: list[int] = []
    x = seed
    for _ in range(n):
        x = (x * 48271) % 2147483647
        out.append(x % 10 + (x // 10) % 10)
    return out


def main() -> None:
    data = samples(500, 12345)
    print(data[:20], len(data), min(data), max(data))
    counts = [0] * 19
    for v in data:
        counts[v] += 1
    print(counts, sum(counts))
    top = max(counts)
    for i, c in enumerate(counts):
        bar = "#" * (c * 40 // top)
        print(f"{i:>2} | {bar:<40} | {c:>3} {c / len(data):6.1%}")
    height = 8
    scaled = [c * height // top for c in counts]
    for level in range(height, 0, -1):
        print("".join(["█" if s >= level else " " for s in scaled]).rstrip() + "|")
    print("".join([str(i % 10) for i in range(len(counts))]))
    mean = sum(data) / len(data)
    var = sum([(v - mean) ** 2 for v in data]) / len(data)
    print(f"mean={mean:.3f} var={var:.3f} mode={counts.index(top)}")


if __name__ == "__main__":
    main()
