# Walking JSON-like nested data held as `Any`: dicts, lists, scalars and
# None, narrowed with isinstance, printed exactly as CPython prints them.
from typing import Any


def walk(x: Any, depth: int) -> int:
    pad = "  " * depth
    if isinstance(x, dict):
        print(pad + "dict of " + str(len(x)))
        total = 0
        for k, v in x.items():
            print(pad + " key " + repr(k))
            total += walk(v, depth + 1)
        return total
    if isinstance(x, list):
        print(f"{pad}list of {len(x)}")
        total = 0
        for item in x:
            total += walk(item, depth + 1)
        return total
    if x is None:
        print(pad + "null")
        return 0
    if isinstance(x, bool):
        print(pad + "bool " + str(x))
        return 1 if x else 0
    if isinstance(x, int):
        print(pad + "int " + str(x) + " doubled " + str(x * 2))
        return x
    if isinstance(x, float):
        print(pad + "float " + str(x))
        return int(x)
    if isinstance(x, str):
        print(pad + "str " + x.upper() + " " + str(len(x)))
        return len(x)
    print(pad + "other")
    return 0


def count_leaves(x: Any) -> int:
    if isinstance(x, (list, tuple)):
        return sum([count_leaves(i) for i in x])
    if isinstance(x, dict):
        n = 0
        for v in x.values():
            n += count_leaves(v)
        return n
    return 1


data: dict[str, Any] = {
    "name": "widget",
    "tags": ["a", "b", 3, None, True],
    "dims": {"w": 1.5, "h": 2, "nested": [[1, 2], {"deep": "x"}]},
    "count": 7,
    "ok": False,
}
print(data)
print(repr(data["tags"]))
print(data["dims"]["nested"][1]["deep"])
print(walk(data, 0))
print(count_leaves(data))
print(len(data), len(data["tags"]), "tags" in data, "zzz" in data)
for k in data.keys():
    print(k, isinstance(k, str))
print(data.get("count"), data.get("missing"), data.get("missing", 0))

data["extra"] = [1, 2]
data["tags"].append({"added": 1})
data["dims"]["w"] = "wide"
print(data["tags"])
print(data["dims"])
print(data == {"x": 1}, data["count"] == 7, data["count"] != 7.0)

items: list[Any] = [3, "s", 2.5, None, [1], {"k": (1, 2)}]
for it in items:
    print(it, repr(it), str(it), f"<{it}>")
print(items)
print(items[0] + 1, items[2] * 2, items[1] * 3, -items[0])


def exact(x: Any) -> str:
    if type(x) is int:
        return "exactly int " + str(x + 1)
    if type(x) is bool:
        return "exactly bool"
    if type(x) is not str:
        return "not str"
    return "str " + x


print(exact(1), exact(True), exact(2.0), exact("s"))
