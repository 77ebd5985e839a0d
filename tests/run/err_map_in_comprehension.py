# An exception from map's function: CPython underlines the comprehension in
# both its own frame and the caller's.

def f(x: int) -> int:
    return 10 // x


xs = [1, 0]
print([y + 1 for y in map(f, xs)])
