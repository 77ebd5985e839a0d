# Never imported: CPython imports os at startup, before the program's
# directory is searched, so this file does not shadow it.
def getcwd() -> str:
    return "shadowed"
