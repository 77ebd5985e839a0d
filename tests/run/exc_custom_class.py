# User-defined exceptions: a bare subclass, one with extra fields whose __init__ calls super().__init__(msg).


class AppError(Exception):
    pass


class ValidationError(Exception):
    def __init__(self, field: str, value: int, reason: str) -> None:
        super().__init__(f"{field}={value}: {reason}")
        self.field = field
        self.value = value
        self.reason = reason


class Quota(Exception):
    def __init__(self, used: int, limit: int) -> None:
        super().__init__("quota exceeded")
        self.used = used
        self.limit = limit

    def overflow(self) -> int:
        return self.used - self.limit


def validate(field: str, value: int) -> int:
    if value < 0:
        raise ValidationError(field, value, "negative")
    if value > 100:
        raise ValidationError(field, value, "too large")
    return value


def consume(used: int, n: int, limit: int) -> int:
    if used + n > limit:
        raise Quota(used + n, limit)
    return used + n


def main() -> None:
    try:
        raise AppError("plain app error")
    except AppError as e:
        print(type(e).__name__, e, e.args, repr(e))
    for f, v in [("x", 5), ("y", -3), ("z", 101)]:
        try:
            print("valid", validate(f, v))
        except ValidationError as e:
            print("invalid:", e, "| field", e.field, "value", e.value, "reason", e.reason)
            print("  ", repr(e), e.args)
    used = 0
    for n in [30, 50, 40, 10, 25]:
        try:
            used = consume(used, n, 100)
            print("used", used)
        except Quota as q:
            print(q, q.used, q.limit, q.overflow(), type(q).__name__)
    try:
        raise AppError()
    except AppError as e:
        print("empty message:", repr(str(e)), e.args)
    print("final", used)


if __name__ == "__main__":
    main()
