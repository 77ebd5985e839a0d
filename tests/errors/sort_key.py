# An exception raised by a sort key function, through the runtime's sort.


def weight(s: str) -> int:
    if s == "bad":
        raise ValueError("cannot weigh " + repr(s))
    return len(s)


print(sorted(["ccc", "a", "bb"], key=weight))
print("sorting", end=" ")
print(sorted(["ccc", "bad", "bb"], key=weight))
