COUNT = 0
NAMES: list[str] = []


def bump() -> int:
    global COUNT
    COUNT += 1
    NAMES.append(f"bump{COUNT}")
    return COUNT


def history() -> str:
    return ",".join(NAMES)
