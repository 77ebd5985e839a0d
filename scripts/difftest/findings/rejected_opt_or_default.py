# Finding (valid program rejected): `opt or default` (README: supported for Optional) is refused
# for Optional[int] and Optional[float]: "error[type]: operands of `or` used as a value must
# have one type; found int | None and int". Optional[str] works.
# CPython: 5 / 0.5 / x / 7 2.5
from typing import Optional


def main() -> None:
    o: Optional[int] = None
    print(o or 5)
    f: Optional[float] = None
    print(f or 0.5)
    s: Optional[str] = None
    print(s or "x")
    o = 7
    f = 2.5
    print(o or 5, f or 0.5)


main()
