# expect: error[unsupported] 9:16
class Report:
    def __init__(self, title: str) -> None:
        self.title = title

    def summary(self) -> str:
        # `cached` is created by this very method, further down: its field
        # does not exist yet when the hasattr() is checked.
        if not hasattr(self, "cached"):
            self.cached = self.title.upper()
        return self.cached


print(Report("x").summary())
