# Raising built-in exceptions with messages and catching them: str(e), e.args, repr(e) and type(e).__name__.


def check_age(age: int) -> int:
    if age < 0:
        raise ValueError("age must be non-negative")
    if age > 150:
        raise ValueError(f"age {age} is unrealistic")
    return age


def fetch(d: dict[str, int], k: str) -> int:
    if k not in d:
        raise KeyError(k)
    return d[k]


def pick(xs: list[int], i: int) -> int:
    if not 0 <= i < len(xs):
        raise IndexError("pick index " + str(i))
    return xs[i]


def main() -> None:
    for a in [30, -1, 200, 0]:
        try:
            print("ok", check_age(a))
        except ValueError as e:
            print("ValueError:", e)
            print("  str:", str(e), "| args:", e.args, "| repr:", repr(e), "| type:", type(e).__name__)
    d = {"a": 1}
    for k in ["a", "b"]:
        try:
            print("got", fetch(d, k))
        except KeyError as e:
            print("missing key", e, str(e), e.args, repr(e), type(e).__name__)
    try:
        pick([1, 2, 3], 5)
    except IndexError as e:
        print(type(e).__name__, str(e), e.args)
    try:
        raise KeyError(42)
    except KeyError as e:
        print(str(e), e.args, repr(e))
    try:
        raise ValueError()
    except ValueError as e:
        print(repr(str(e)), e.args, repr(e))
    try:
        raise RuntimeError("generic failure")
    except RuntimeError as e:
        print(type(e).__name__, e)
    print("done")


if __name__ == "__main__":
    main()
