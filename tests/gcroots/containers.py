# Collector roots: data held in nested containers that live in locals.
#
# Dicts of lists of tuples, sets of tuples, lists of dicts and strings built
# at run time are kept only through the containers that hold them, while
# the containers grow (reallocating their item arrays, rehashing) and
# garbage is allocated in between. Checked by printing and checksums.


def churn(n: int) -> int:
    junk = 0
    for i in range(n):
        t = (str(i), [i, i + 1], {i: str(i)})
        junk += len(t[0]) + len(t[1]) + len(t[2])
    return junk


def build(n: int) -> dict[str, list[tuple[int, str]]]:
    d: dict[str, list[tuple[int, str]]] = {}
    for i in range(n):
        key = "group" + str(i % 17)
        d.setdefault(key, []).append((i, "v" + str(i * i)))
        if i % 25 == 0:
            churn(10)
    return d


def digest(d: dict[str, list[tuple[int, str]]]) -> int:
    h = 0
    for k in sorted(d):
        for n, s in d[k]:
            h = (h * 131 + n + len(s) + len(k)) % 998244353
    return h


def main() -> None:
    d = build(600)
    print("groups", len(d), "digest", digest(d))
    pairs = {(k, len(v)) for k, v in d.items()}
    matrix = [[str(i * j) for j in range(12)] for i in range(40)]
    rows = [{"row": str(i), "sum": str(sum(int(x) for x in matrix[i]))} for i in range(40)]
    words = " ".join(matrix[7]).split(" ")
    nested: list[list[list[int]]] = [[[i, j, i * j] for j in range(6)] for i in range(20)]
    print("churn", churn(400))
    # Grow everything again, interleaved with garbage.
    for i in range(200):
        d["group" + str(i % 5)].append((-i, "w" + str(i)))
        matrix[i % 40].append("x" + str(i))
        nested[i % 20].append([i])
        if i % 10 == 0:
            churn(5)
    print("digest", digest(d))
    print(sorted(pairs)[:4])
    print(matrix[3][:6], matrix[39][-3:], len(matrix[0]))
    print(rows[5], rows[39])
    print(words, len(words))
    print(nested[3][:3], nested[19][-2:], sum(len(x) for x in nested))
    by_len = sorted([(len(v), k) for k, v in d.items()], key=lambda t: (-t[0], t[1]))
    print(by_len[:3], by_len[-3:])
    flat = [s for k in sorted(d) for _, s in d[k] if s.endswith("9")]
    print(len(flat), flat[:5], flat[-5:])
    inverse = {s: n for k in d for n, s in d[k]}
    print(len(inverse), inverse["v144"], inverse["w199"])
    text = ", ".join(str(t) for t in d["group3"][:4])
    print(text)


main()
