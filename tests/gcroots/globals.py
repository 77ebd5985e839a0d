# Collector roots: data reachable only from module globals.
#
# Every container below is a module global that functions fill through
# `global` or by mutating it in place, while other functions churn out
# garbage. Run under MULTIGEN_GC_STRESS, a collection happens every few
# allocations; a global area the collector did not scan would lose the
# data and the checksums at the end would differ (or the program crash).

TABLE: dict[str, list[int]] = {}
NAMES: list[str] = []
SEEN: set[str] = set()
PAIRS: list[tuple[str, float]] = []
LAST: str = ""
COUNT: int = 0
MAYBE: str | None = None
SCALE: float = 1.5


def fill(n: int) -> None:
    global LAST, COUNT, MAYBE
    for i in range(n):
        key = "k" + str(i * 7919 % 97)
        TABLE.setdefault(key, []).append(i)
        NAMES.append(key.upper() + "-" + str(i))
        SEEN.add(key + "/" + str(i % 13))
        PAIRS.append((key, i * SCALE))
        LAST = NAMES[-1] + "!"
        COUNT += 1
        if i % 50 == 7:
            MAYBE = "maybe " + str(i)


def churn(n: int) -> int:
    total = 0
    for i in range(n):
        tmp = [str(j * i) for j in range(8)]
        total += len("".join(tmp))
        d = {s: len(s) for s in tmp}
        total += sum(d.values())
    return total


def checksum() -> int:
    h = 0
    for k in sorted(TABLE):
        for v in TABLE[k]:
            h = (h * 31 + v + len(k)) % 1000000007
    for s in NAMES:
        h = (h * 17 + len(s) + ord(s[-1])) % 1000000007
    for s in sorted(SEEN):
        h = (h * 13 + ord(s[0]) + len(s)) % 1000000007
    for k, f in PAIRS:
        h = (h * 7 + len(k) + int(f)) % 1000000007
    return h


def rebuild() -> None:
    # Rebinding a global drops the old object: the new one must survive.
    global TABLE, NAMES
    TABLE = {k: [v * 2 for v in vs] for k, vs in TABLE.items()}
    NAMES = [s.lower() for s in NAMES]


def greet(name: str, greeting: str = "hello " + "there") -> str:
    # The default is computed once, when the def runs, and kept by the
    # module: it must outlive all the churn below.
    return greeting + ", " + name


for rnd in range(3):
    fill(150)
    print("round", rnd, "churn", churn(100))
    print("checksum", checksum(), "count", COUNT, "last", LAST, "maybe", MAYBE)
rebuild()
print("churn", churn(200))
print("rebuilt", checksum(), len(TABLE), len(NAMES), NAMES[0], NAMES[-1])
print(greet("world"))
print(sorted(TABLE)[:5], TABLE["k0"][:5])
print(PAIRS[:3], PAIRS[-1])
print(len(SEEN), min(SEEN), max(SEEN))
