# A user exception class with fields and __str__, raised from a method
# and passing through a finally block.


class ValidationError(Exception):
    def __init__(self, field: str, problems: list[str]) -> None:
        super().__init__(field)
        self.field = field
        self.problems = problems

    def __str__(self) -> str:
        return self.field + ": " + "; ".join(self.problems)


class Form:
    def __init__(self, name: str, age: int) -> None:
        self.name = name
        self.age = age

    def validate(self) -> None:
        problems: list[str] = []
        if self.name == "":
            problems.append("empty name")
        if self.age < 0:
            problems.append("negative age " + str(self.age))
        if problems:
            raise ValidationError("form", problems)


def submit(f: Form) -> None:
    try:
        f.validate()
        print("submitted", f.name)
    finally:
        print("checked", end="; ")


submit(Form("ann", 30))
submit(Form("", -3))
