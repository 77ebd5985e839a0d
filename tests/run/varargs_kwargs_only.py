def h(*rest: int, **kw: int) -> str:
    return f"{rest} {kw}"


print(h(**{"a": 1}), h(*[1, 2], **{"b": 2}))
