DEBUG = False
LIMIT = 10


def describe() -> str:
    return f"debug={DEBUG} limit={LIMIT}"
