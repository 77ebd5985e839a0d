# Catching through the built-in hierarchy: LookupError (KeyError, IndexError), ArithmeticError (ZeroDivisionError), Exception.


def fail(kind: str) -> int:
    if kind == "key":
        return {"a": 1}["b"]
    if kind == "index":
        return [1, 2][2]
    if kind == "zero":
        return 1 // 0
    if kind == "fzero":
        return int(1.0 / 0.0)
    if kind == "value":
        return int("v")
    if kind == "assert":
        assert kind == "never", "assert kind"
    return 0


def lookup_or_arith(kind: str) -> str:
    try:
        fail(kind)
        return "no error"
    except LookupError as e:
        return "LookupError caught " + type(e).__name__ + " " + str(e)
    except ArithmeticError as e:
        return "ArithmeticError caught " + type(e).__name__ + " " + str(e)


def main() -> None:
    for k in ["key", "index", "zero", "fzero", "none"]:
        print(k, "->", lookup_or_arith(k))
    for k in ["key", "index", "zero", "fzero", "value", "assert", "none"]:
        try:
            fail(k)
            print(k, "ok")
        except Exception as e:
            print(k, "Exception:", type(e).__name__, "-", e)
    try:
        lookup_or_arith("value")
    except ValueError as e:
        print("ValueError passed through both handlers:", e)
    caught: list[str] = []
    for k in ["index", "key", "zero"]:
        try:
            fail(k)
        except IndexError:
            caught.append("IndexError")
        except LookupError:
            caught.append("LookupError")
        except Exception:
            caught.append("Exception")
    print(caught)


if __name__ == "__main__":
    main()
