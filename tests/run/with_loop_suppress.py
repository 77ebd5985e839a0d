from types import TracebackType

class CM:
    def __enter__(self) -> "CM":
        return self
    def __exit__(self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> bool:
        print("exit", t, e)
        print(f"{t} {tb is None}")
        return True

def g(n: int) -> int:
    i = 0
    while i < n:
        i += 1
        with CM() as c:
            with CM():
                if i == 2:
                    continue
                if i == 3:
                    raise ValueError(str(i))
    return i

print(g(4))
