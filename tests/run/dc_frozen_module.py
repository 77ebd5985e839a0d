# `import dataclasses` and catching dataclasses.FrozenInstanceError by its own name; the type name and message.
import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    def hex(self) -> str:
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"


def try_set_red(c: Color, v: int) -> str:
    try:
        c.r = v
    except dataclasses.FrozenInstanceError as e:
        return type(e).__name__ + ": " + str(e)
    return "changed"


def main() -> None:
    c = Color(255, 0, 128)
    print(c, c.hex())
    print(try_set_red(c, 0))
    print(c, c.hex())
    caught = 0
    for field_name in ["r", "g", "b"]:
        try:
            if field_name == "r":
                c.r = 1
            elif field_name == "g":
                c.g = 2
            else:
                c.b = 3
        except dataclasses.FrozenInstanceError as e:
            caught += 1
            print(field_name, "->", e)
    print("caught", caught, c)
    palette = {Color(0, 0, 0): "black", Color(255, 255, 255): "white"}
    palette[Color(255, 0, 0)] = "red"
    print(palette[Color(0, 0, 0)], len(palette), Color(255, 0, 0) in palette)
    print([k.hex() for k in palette])


if __name__ == "__main__":
    main()
