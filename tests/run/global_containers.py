# Module-level containers mutated from functions (with and without `global`), used as caches and registries.

CACHE: dict[int, int] = {}
LOG: list[str] = []
SEEN: set[int] = set()
COUNTER = 0


def fib(n: int) -> int:
    if n in CACHE:
        return CACHE[n]
    v = n if n < 2 else fib(n - 1) + fib(n - 2)
    CACHE[n] = v
    return v


def record(msg: str) -> None:
    global COUNTER
    COUNTER += 1
    LOG.append(f"{COUNTER}:{msg}")


def visit(n: int) -> bool:
    if n in SEEN:
        return False
    SEEN.add(n)
    return True


def reset() -> None:
    global LOG
    LOG = []
    CACHE.clear()


def main() -> None:
    print(fib(50), len(CACHE), CACHE[10], list(CACHE.items())[:5])
    record("start")
    record("middle")
    print(LOG, COUNTER)
    print([visit(n % 4) for n in range(7)], sorted(SEEN))
    reset()
    record("after reset")
    print(LOG, COUNTER, CACHE)
    print(fib(10), len(CACHE))
    SEEN.discard(0)
    print(SEEN)


if __name__ == "__main__":
    main()
