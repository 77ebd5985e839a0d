# Ends with KeyError: 'x' — a missing str key in a symbol table; the message is the key's repr.


def evaluate(expr: str, env: dict[str, int]) -> int:
    total = 0
    for tok in expr.split("+"):
        name = tok.strip()
        if name.isdigit():
            total += int(name)
        else:
            total += env[name]
    return total


def main() -> None:
    env = {"a": 1, "b": 2, "c": 30}
    print(evaluate("a + b", env), evaluate("c + 4 + a", env), evaluate("7", env))
    print(env.get("x", 0), "x" in env)
    del env["a"]
    env["x2"] = 5
    print(env)
    print(evaluate("b + x2", env))
    print(evaluate("b + x", env))
    print("not reached")


if __name__ == "__main__":
    main()
