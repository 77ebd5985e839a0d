import pkg.middle


def start(n: int) -> int:
    return pkg.middle.relay(n) + 1


print(start(5))
print(start(0))
