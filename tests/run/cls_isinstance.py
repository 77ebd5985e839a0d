# isinstance against user classes: subclass checks, narrowing to reach subclass-only fields and methods.


class Token:
    def __init__(self, text: str) -> None:
        self.text = text

    def show(self) -> str:
        return "tok:" + self.text


class Number(Token):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.value = int(text)


class Op(Token):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.prec = 2 if text in "*/" else 1

    def apply(self, a: int, b: int) -> int:
        if self.text == "+":
            return a + b
        if self.text == "-":
            return a - b
        if self.text == "*":
            return a * b
        return a // b


class Paren(Token):
    def is_open(self) -> bool:
        return self.text == "("


def tokenize(s: str) -> list[Token]:
    out: list[Token] = []
    for part in s.split():
        if part.isdigit():
            out.append(Number(part))
        elif part in "()":
            out.append(Paren(part))
        elif part in "+-*/":
            out.append(Op(part))
        else:
            out.append(Token(part))
    return out


def main() -> None:
    toks = tokenize("( 12 + 3 ) * 4 - x / 2")
    for t in toks:
        print(t.show(), isinstance(t, Token), isinstance(t, Number), isinstance(t, Op), isinstance(t, Paren))
    nums = 0
    total = 0
    for t in toks:
        if isinstance(t, Number):
            nums += 1
            total += t.value
        elif isinstance(t, Op):
            print("op", t.text, "prec", t.prec, "apply(7, 3) =", t.apply(7, 3))
        elif isinstance(t, Paren):
            print("paren open" if t.is_open() else "paren close")
        else:
            print("other", t.text)
    print(nums, total)
    values = [t.value for t in toks if isinstance(t, Number)]
    print(values)
    n = Number("5")
    print(isinstance(n, Token), isinstance(n, Op))


if __name__ == "__main__":
    main()
