# Re-raising with bare `raise` after logging; the same exception object (type and message) reaches the caller.


class TransferError(Exception):
    def __init__(self, msg: str, code: int) -> None:
        super().__init__(msg)
        self.code = code


log: list[str] = []


def low(n: int) -> int:
    if n < 0:
        raise TransferError("negative amount " + str(n), 400)
    if n == 0:
        raise ValueError("zero amount")
    return n * 2


def middle(n: int) -> int:
    try:
        return low(n)
    except TransferError as e:
        log.append(f"middle saw {e.code}")
        raise
    except ValueError:
        log.append("middle saw ValueError")
        raise


def top(n: int) -> str:
    try:
        return "ok " + str(middle(n))
    except TransferError as e:
        return f"top: {e} (code {e.code})"
    except ValueError as e:
        return "top value: " + str(e)


def main() -> None:
    for n in [5, -3, 0, 1]:
        print(top(n))
    print(log)
    attempts = 0
    try:
        try:
            attempts += 1
            low(-1)
        except TransferError:
            attempts += 1
            raise
    except TransferError as e:
        print("final", e, e.code, attempts, repr(e))


if __name__ == "__main__":
    main()
