# Several except clauses on one try: the first matching clause runs, in order; unmatched types propagate outward.


def risky(kind: int) -> int:
    xs = [1, 2, 3]
    d = {"a": 1}
    if kind == 0:
        return xs[10]
    if kind == 1:
        return d["zz"]
    if kind == 2:
        return 10 // (kind - 2)
    if kind == 3:
        return int("3.5")
    if kind == 4:
        raise RuntimeError("custom runtime")
    return kind * 100


def classify(kind: int) -> str:
    try:
        v = risky(kind)
        return "value " + str(v)
    except IndexError:
        return "index error"
    except KeyError as e:
        return "key error " + str(e)
    except ZeroDivisionError as e:
        return "zero division: " + str(e)
    except ValueError as e:
        return "value error: " + str(e)


def outer(kind: int) -> str:
    try:
        return classify(kind)
    except RuntimeError as e:
        return "outer caught " + type(e).__name__ + ": " + str(e)


def main() -> None:
    for k in range(6):
        print(k, outer(k))
    results: list[str] = []
    for k in [5, 0, 3, 3, 1]:
        try:
            risky(k)
            results.append("ok")
        except (IndexError, KeyError):
            results.append("lookup")
        except ValueError:
            results.append("value")
    print(results)
    try:
        risky(2)
    except ValueError:
        print("wrong branch")
    except ArithmeticError as e:
        print("arith:", e)
    except Exception:
        print("too general")


if __name__ == "__main__":
    main()
