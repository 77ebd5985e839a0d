# TypeError raised by the runtime (ord of a two-character string).


def codes(words: list[str]) -> list[int]:
    return [ord(w) for w in words]


print(codes(["a", "b"]))
print("and", end=" ")
print(codes(["c", "de"]))
