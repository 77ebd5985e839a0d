# `raise NewError(...) from e`: wrapping low-level errors in domain errors; the wrapper carries its own message.


class ConfigError(Exception):
    pass


class ParseError(Exception):
    def __init__(self, line: int, msg: str) -> None:
        super().__init__(f"line {line}: {msg}")
        self.line = line


def parse_line(n: int, text: str) -> tuple[str, int]:
    try:
        parts = text.split("=")
        if len(parts) != 2:
            raise ValueError("expected one '=' in " + repr(text))
        return (parts[0].strip(), int(parts[1]))
    except ValueError as e:
        print("  low-level:", e)
        raise ParseError(n, "cannot parse " + repr(text)) from e


def load(lines: list[str], required: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, t in enumerate(lines):
        k, v = parse_line(i + 1, t)
        out[k] = v
    for r in required:
        try:
            _ = out[r]
        except KeyError as e:
            raise ConfigError("missing required key " + str(e)) from e
    return out


def main() -> None:
    print(load(["a = 1", "b=2"], ["a"]))
    for lines in [["a=1", "b=x"], ["a=1", "oops"], ["a=1"], ["a=1=2"]]:
        try:
            print(load(lines, ["a", "b"]))
        except ParseError as e:
            print("ParseError", e.line, "|", e)
        except ConfigError as e:
            print("ConfigError |", e, "|", type(e).__name__)
    try:
        try:
            _ = [1, 2][5]
        except IndexError as e:
            raise RuntimeError("wrapped: " + str(e)) from e
    except RuntimeError as e:
        print(type(e).__name__, e)


if __name__ == "__main__":
    main()
