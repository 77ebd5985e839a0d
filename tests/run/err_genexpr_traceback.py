def ratios(xs: list[int], d: int) -> list[float]:
    g = (x / (x - d) for x in xs)
    out: list[float] = []
    for r in g:
        out.append(r)
    return out


print(ratios([5, 6], 2))
print(ratios([5, 2, 6], 2))
