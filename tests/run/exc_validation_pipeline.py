# A record-validation pipeline: each stage raises a specific error, the driver counts failures per error type.


class RecordError(Exception):
    def __init__(self, row: int, msg: str) -> None:
        super().__init__(f"row {row}: {msg}")
        self.row = row


class MissingField(RecordError):
    pass


class BadValue(RecordError):
    pass


def split_row(row: int, line: str) -> list[str]:
    parts = [p.strip() for p in line.split(";")]
    if len(parts) != 3:
        raise MissingField(row, f"expected 3 fields, got {len(parts)}")
    return parts


def check_age(row: int, s: str) -> int:
    try:
        age = int(s)
    except ValueError:
        raise BadValue(row, "age not a number: " + repr(s))
    if not 0 <= age <= 130:
        raise BadValue(row, f"age out of range: {age}")
    return age


def check_email(row: int, s: str) -> str:
    if "@" not in s:
        raise BadValue(row, "email without @")
    user, _, domain = s.partition("@")
    if not user or "." not in domain:
        raise BadValue(row, "malformed email " + s)
    return s.lower()


def main() -> None:
    lines = ["ann; 34; ann@example.com", "bob; x; bob@example.com", "cid; 200; c@x.org", "dee; 40", "eve; 29; eve-at-home",
             "fay; 51; Fay@Mail.NET", "; ; ;", "gus; 0; @nowhere.com"]
    good: list[tuple[str, int, str]] = []
    counts: dict[str, int] = {}
    for i, line in enumerate(lines, 1):
        try:
            name, age_s, email = split_row(i, line)
            good.append((name, check_age(i, age_s), check_email(i, email)))
        except RecordError as e:
            kind = type(e).__name__
            counts[kind] = counts.get(kind, 0) + 1
            print(f"{kind:<13}{e.row:>3} {e}")
    print(good)
    print(counts)
    print(f"{len(good)}/{len(lines)} valid, {sum(counts.values())} rejected")


if __name__ == "__main__":
    main()
