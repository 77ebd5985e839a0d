# Building permutations, combinations and the power set recursively into list[list[int]] and list[str].


def permutations(xs: list[int]) -> list[list[int]]:
    if len(xs) <= 1:
        return [xs[:]]
    out: list[list[int]] = []
    for i in range(len(xs)):
        rest = xs[:i] + xs[i + 1:]
        for p in permutations(rest):
            out.append([xs[i]] + p)
    return out


def combinations(xs: list[int], k: int) -> list[list[int]]:
    if k == 0:
        return [[]]
    if len(xs) < k:
        return []
    with_first = [[xs[0]] + c for c in combinations(xs[1:], k - 1)]
    return with_first + combinations(xs[1:], k)


def power_set(s: str) -> list[str]:
    out = [""]
    for ch in s:
        out = out + [p + ch for p in out]
    return out


def next_perm(a: list[int]) -> bool:
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = a[i + 1:][::-1]
    return True


def main() -> None:
    print(permutations([1, 2, 3]))
    print(len(permutations([1, 2, 3, 4, 5])), permutations([]), permutations([7]))
    print(combinations([1, 2, 3, 4], 2))
    print([len(combinations(list(range(6)), k)) for k in range(7)])
    print(power_set("abc"), len(power_set("abcde")))
    a = [1, 2, 2, 3]
    seq = [a[:]]
    while next_perm(a):
        seq.append(a[:])
    print(len(seq), seq[:4], seq[-1])
    words = sorted({"".join([str(d) for d in p]) for p in permutations([1, 1, 2])})
    print(words)


if __name__ == "__main__":
    main()
