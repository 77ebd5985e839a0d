# An uncaught AttributeError for an unset attribute ends with CPython's
# suggestion of a near name from dir(obj): here a field that is set. str(e)
# has no suggestion, and a chained report shows it for each exception.
class Node:
    def __init__(self, label: str, deep: bool) -> None:
        self.label = label
        if deep:
            self.level = 3


def depth(n: Node) -> int:
    return n.level


a = Node("a", True)
b = Node("b", False)
print(depth(a))
try:
    print(depth(b))
except AttributeError as e:
    print(e)
    print(str(e).endswith("?"))
try:
    depth(b)
except AttributeError:
    print(depth(b) + 1)
