def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def greet(name: str, times: int) -> str:
    return ", ".join(["hi " + name] * times)


def stats(x: float, flag: bool) -> tuple[float, bool]:
    return (x * 2, not flag)


print("module body runs, __name__ =", __name__)
if __name__ == "__main__":
    print("main guard")
