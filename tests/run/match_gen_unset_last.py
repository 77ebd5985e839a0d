# Found by the random differential tester (seeds 8891 and 8993): the last
# case of a match reading a field that is not set must simply not match.


class Item:
    def __init__(self, size: int, scored: bool) -> None:
        self.size = size
        if scored:
            self.score = size * 2


for obj in [Item(1, True), Item(2, False)]:
    match obj:
        case Item(size=1, score=s):
            print("first", s)
        case Item(score=s):
            print("scored", s)
    print("after", obj.size)


def label(it: Item) -> str:
    match it:
        case Item(score=s) if s > 2:
            return f"high {s}"
        case Item(score=s):
            return f"low {s}"
    return "unscored"


print(label(Item(1, True)), label(Item(5, True)), label(Item(5, False)))
