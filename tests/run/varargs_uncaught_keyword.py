def greet(name: str, *, punct: str = "!", **extra: str) -> str:
    return name + punct + str(len(extra))


def configure(opts: dict[str, str]) -> str:
    return greet(**opts)


print(configure({"name": "Ann", "punct": "?", "mood": "ok"}))
print(configure({"punct": "."}))
