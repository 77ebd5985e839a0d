# Template-method pattern: a base-class algorithm calls hooks that subclasses override; base defaults used when not.


class Report:
    def __init__(self, title: str, rows: list[tuple[str, int]]) -> None:
        self.title = title
        self.rows = rows

    def header(self) -> str:
        return self.title

    def format_row(self, name: str, value: int) -> str:
        return f"{name}: {value}"

    def footer(self) -> str:
        return f"({len(self.rows)} rows)"

    def keep(self, name: str, value: int) -> bool:
        return True

    def render(self) -> list[str]:
        out = [self.header()]
        for name, value in self.rows:
            if self.keep(name, value):
                out.append(self.format_row(name, value))
        out.append(self.footer())
        return out


class TableReport(Report):
    def header(self) -> str:
        return f"{self.title:^20}\n" + "-" * 20

    def format_row(self, name: str, value: int) -> str:
        return f"{name:<12}{value:>8}"

    def footer(self) -> str:
        return "-" * 20 + f"\n{'total':<12}{sum([v for _, v in self.rows]):>8}"


class TopReport(TableReport):
    def __init__(self, title: str, rows: list[tuple[str, int]], threshold: int) -> None:
        super().__init__(title, rows)
        self.threshold = threshold

    def keep(self, name: str, value: int) -> bool:
        return value >= self.threshold

    def footer(self) -> str:
        kept = len([1 for n, v in self.rows if self.keep(n, v)])
        return super().footer() + f"\nshowing {kept} of {len(self.rows)}"


def main() -> None:
    data = [("north", 120), ("south", 45), ("east", 310), ("west", 80)]
    reports: list[Report] = [Report("plain", data), TableReport("Sales", data), TopReport("Top sales", data, 100)]
    for r in reports:
        for line in r.render():
            print(line)
        print()
    print([len(r.render()) for r in reports])


if __name__ == "__main__":
    main()
