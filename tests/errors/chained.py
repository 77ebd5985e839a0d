# An exception raised while another is handled: both are reported.


def load(d: dict[str, int], key: str) -> int:
    try:
        return d[key]
    except KeyError:
        print("fallback", end="|")
        return int(key)


print(load({"a": 1}, "a"))
print(load({"a": 1}, "7"))
print(load({"a": 1}, "b"))
