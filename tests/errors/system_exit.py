# SystemExit ends the program quietly with its code, output flushed.


def finish(code: int) -> None:
    print("exiting with", code, end="!")
    raise SystemExit(code)


print("working")
finish(3)
print("not reached")
