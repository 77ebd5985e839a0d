# Never imported either: os.path, which CPython loads at startup.
def join(a: str, b: str) -> str:
    return "shadowed"
