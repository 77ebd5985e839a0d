# print() writes each argument only once its text is complete: when the
# __repr__ of an object inside a tuple or container raises, nothing of that
# argument has been printed (found by difftest, seed 1301467, where
# multigen had printed "(").
class Touchy:
    def __init__(self, ok: bool) -> None:
        self.ok = ok

    def __repr__(self) -> str:
        if not self.ok:
            raise ValueError("no repr")
        return "Touchy()"


def show(ok: bool) -> None:
    try:
        print("first", (1, Touchy(ok)), [Touchy(True), Touchy(ok)], end="|\n")
    except ValueError as e:
        print("caught", e)
    try:
        print({"k": Touchy(ok)})
    except ValueError as e:
        print("caught", e)


show(True)
show(False)
print("end", (Touchy(True),))
