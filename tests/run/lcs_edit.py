# Longest common subsequence and Levenshtein distance with list[list[int]] tables and reconstruction.


def lcs(a: str, b: str) -> str:
    n = len(a)
    m = len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                t[i][j] = t[i + 1][j + 1] + 1
            else:
                t[i][j] = max(t[i + 1][j], t[i][j + 1])
    out = ""
    i = 0
    j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out += a[i]
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[-1]


def main() -> None:
    pairs = [("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("", "abc"), ("same", "same"),
             ("intention", "execution"), ("héllo wörld", "hello world"), ("😀a😀", "a😀")]
    for a, b in pairs:
        s = lcs(a, b)
        print(f"{a!r:>14} {b!r:>14} lcs={s!r} len={len(s)} dist={edit_distance(a, b)}")
    words = ["apple", "apply", "ample", "maple", "applet", "pale"]
    target = "appel"
    ranked = sorted(words, key=lambda w: (edit_distance(w, "appel"), w))
    print(ranked, [edit_distance(w, target) for w in ranked])


if __name__ == "__main__":
    main()
