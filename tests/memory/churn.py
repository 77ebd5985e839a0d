# Allocates far more memory over its life than it ever holds: every round
# builds a list of floats, a dict and a string, keeps a running checksum and
# drops them. Without a collector it would need `rounds` times 10 KB.


def round_trip(i: int) -> float:
    xs = [float(i + k) for k in range(1000)]
    d = {k: str(k) for k in range(20)}
    s = "-".join(d.values())
    return xs[-1] + len(s)


def main() -> None:
    rounds = 200000
    total = 0.0
    for i in range(rounds):
        total += round_trip(i)
    print(rounds, total)


if __name__ == "__main__":
    main()
