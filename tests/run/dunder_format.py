# `__format__` in f-strings (with and without a spec, after !r/!s, with
# nested specs) and in the format() built-in, which also formats the
# built-in types; `__str__` and `__repr__` fallbacks.


class Temp:
    def __init__(self, c: float) -> None:
        self.c = c

    def __format__(self, spec: str) -> str:
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "F"
        if spec == "":
            return str(self.c) + "C"
        return format(self.c, spec) + "C"

    def __str__(self) -> str:
        return f"Temp({self.c})"

    def __repr__(self) -> str:
        return "Temp!"


class Kelvin(Temp):
    def __format__(self, spec: str) -> str:
        return "K" + format(self.c + 273.15, spec)


class Plain:
    def __str__(self) -> str:
        return "plain"


class OnlyRepr:
    def __repr__(self) -> str:
        return "only-repr"


t = Temp(21.5)
w = 8
print(f"{t}|{t:.1f}|{t:>8.2F}|{t!s}|{t!r}|{t!r:>8}|{t:{w}.3}")
print(format(t), format(t, ".0f"), format(t, "6.1F"))
temps: list[Temp] = [Temp(0.0), Kelvin(0.0)]
for x in temps:
    print(f"[{x:.2f}]", format(x, "8.1f"))
print(f"{Plain()}", f"{Plain()!r:.1}" == "<", format(Plain()), str(Plain()))
print(f"{OnlyRepr()}", str(OnlyRepr()), format(OnlyRepr()), [OnlyRepr()])
print(format(42), format(42, "08b"), format(-3.14159, "+.2f"), format("ab", "^6"), format(True), format(1234567, ","))
print(format(2.5), format(1e20, "e"), format("x"), format(3, ""), format(0.1, "%"))
spec = ">" + str(w)
print("[" + format(7, spec) + "]", "[" + format("s", spec) + "]")
