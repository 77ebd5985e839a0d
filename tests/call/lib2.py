from typing import Optional


def total(xs: list[int]) -> int:
    return sum(xs)


def prices(d: dict[str, float], extra: float) -> dict[str, float]:
    return {k: v + extra for k, v in d.items()}


def swap(t: tuple[int, str]) -> tuple[str, int]:
    return (t[1], t[0])


def pick(xs: list[str], i: Optional[int]) -> Optional[str]:
    return None if i is None else xs[i]


def grid(rows: list[list[tuple[int, bool]]]) -> dict[int, list[bool]]:
    return {i: [b for _, b in row] for i, row in enumerate(rows)}


def label(name: Optional[str]) -> str:
    return "anonymous" if name is None else "name: " + name


def nothing() -> None:
    print("side effect")


def half(x: float) -> float:
    return x / 2


def check(n: int) -> int:
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n
