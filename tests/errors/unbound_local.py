# UnboundLocalError: a local read on a path that did not assign it.


def pick(flag: bool) -> int:
    if flag:
        chosen = 42
    return chosen


print(pick(True))
print("unassigned", end=": ")
print(pick(False))
