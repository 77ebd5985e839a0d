# A small lexer over a string: identifiers, numbers, strings, operators, into list[tuple[str, str]].

KEYWORDS = {"let", "if", "else", "while", "print"}
OPS = ["==", "!=", "<=", ">=", "+", "-", "*", "/", "=", "<", ">", "(", ")", "{", "}", ";"]


def lex(src: str) -> list[tuple[str, str]]:
    toks: list[tuple[str, str]] = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            toks.append(("kw" if word in KEYWORDS else "id", word))
            i = j
        elif ch.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            toks.append(("num", src[i:j]))
            i = j
        elif ch == '"':
            j = src.index('"', i + 1)
            toks.append(("str", src[i + 1:j]))
            i = j + 1
        else:
            for op in OPS:
                if src.startswith(op, i):
                    toks.append(("op", op))
                    i += len(op)
                    break
            else:
                toks.append(("err", ch))
                i += 1
    return toks


def main() -> None:
    src = 'let x_1 = 42; let y = 3.25 * (x_1 - 7);\nif x_1 >= 10 { print("big ≥ 10"); } else { print("small"); } @'
    toks = lex(src)
    for kind, text in toks:
        print(f"{kind:<4}{text!r}")
    kinds: dict[str, int] = {}
    for kind, _ in toks:
        kinds[kind] = kinds.get(kind, 0) + 1
    print(kinds, len(toks))
    print([t for k, t in toks if k == "id"], sorted({t for k, t in toks if k == "op"}))
    print(" ".join([t if k != "str" else repr(t) for k, t in toks]))


if __name__ == "__main__":
    main()
