# Reverse Polish and infix (shunting-yard) evaluation with list stacks, str.split and dict precedence tables.

PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}


def apply(op: str, a: float, b: float) -> float:
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return a / b
    return a ** b


def eval_rpn(expr: str) -> float:
    stack: list[float] = []
    for tok in expr.split():
        if tok in PREC:
            b = stack.pop()
            a = stack.pop()
            stack.append(apply(tok, a, b))
        else:
            stack.append(float(tok))
    return stack[0]


def tokenize(expr: str) -> list[str]:
    out: list[str] = []
    num = ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            out.append(num)
            num = ""
        if ch in PREC or ch in "()":
            out.append(ch)
    if num:
        out.append(num)
    return out


def to_rpn(tokens: list[str]) -> list[str]:
    out: list[str] = []
    ops: list[str] = []
    for t in tokens:
        if t in PREC:
            while ops and ops[-1] != "(" and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t != "^")):
                out.append(ops.pop())
            ops.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(t)
    while ops:
        out.append(ops.pop())
    return out


def main() -> None:
    for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 ^", "1 3 /", "10 4 - 2.5 *"]:
        print(repr(e), eval_rpn(e))
    for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 0.5", "((7))", "3.5*(2-0.5)/0.25"]:
        toks = tokenize(e)
        rpn = to_rpn(toks)
        print(f"{e:<18} {toks} -> {' '.join(rpn):<20} = {eval_rpn(' '.join(rpn))}")


if __name__ == "__main__":
    main()
