# Ends with IndexError: pop from empty list when an RPN expression has too few operands.


def rpn(expr: str) -> int:
    stack: list[int] = []
    for tok in expr.split():
        if tok == "+":
            b = stack.pop()
            a = stack.pop()
            stack.append(a + b)
        elif tok == "*":
            b = stack.pop()
            a = stack.pop()
            stack.append(a * b)
        else:
            stack.append(int(tok))
        print(" ", tok, stack)
    return stack.pop()


def main() -> None:
    print(rpn("2 3 + 4 *"))
    print(rpn("5"))
    print(rpn("1 +"))
    print("not reached")


if __name__ == "__main__":
    main()
