# Exceptions propagating through several function and method frames, unwinding partial work on the way.


class Parser:
    def __init__(self, text: str) -> None:
        self.tokens = text.split()
        self.pos = 0
        self.depth = 0

    def next_token(self) -> str:
        if self.pos >= len(self.tokens):
            raise IndexError("unexpected end of input")
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def parse_expr(self) -> int:
        self.depth += 1
        tok = self.next_token()
        if tok == "(":
            op = self.next_token()
            a = self.parse_expr()
            b = self.parse_expr()
            if self.next_token() != ")":
                raise ValueError("expected ) at token " + str(self.pos))
            self.depth -= 1
            return apply(op, a, b)
        self.depth -= 1
        return int(tok)


def apply(op: str, a: int, b: int) -> int:
    if op == "+":
        return a + b
    if op == "*":
        return a * b
    if op == "/":
        return a // b
    raise KeyError(op)


def evaluate(text: str) -> str:
    p = Parser(text)
    try:
        return str(p.parse_expr())
    except IndexError as e:
        return f"IndexError at pos {p.pos} depth {p.depth}: {e}"
    except ZeroDivisionError as e:
        return f"ZeroDivisionError at pos {p.pos} depth {p.depth}: {e}"
    except (KeyError, ValueError) as e:
        return f"{type(e).__name__} at pos {p.pos}: {e}"


def main() -> None:
    for t in ["( + 1 2 )", "( * ( + 1 2 ) ( + 3 4 ) )", "( + 1", "( / 7 ( + 1 -1 ) )", "( % 1 2 )", "( + 1 2 3 )", "x", "42"]:
        print(repr(t), "->", evaluate(t))


if __name__ == "__main__":
    main()
