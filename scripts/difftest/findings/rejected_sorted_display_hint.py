# difftest campaign M, seed 2105653 (minimized by hand): a display of lists
# of a subclass and of its base, passed to sorted() where list[list[Item]]
# is expected, is refused: sorted() does not pass the expected type on to
# the display it sorts. Fixed: tests/run/display_hint_sorted_in.py and
# tests/run/gen_sorted_in_display_hint.py (which also has `[...] in xs`).
class Item:
    def __init__(self) -> None:
        self.v = 1


class Node(Item):
    def me(self) -> list[list[Item]]:
        xs: list[list[Item]] = sorted([[self], [Item()]], key=lambda k: 2)
        return xs


print(len(Node().me()))
