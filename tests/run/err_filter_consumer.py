# An exception from filter's function: CPython underlines the call that
# consumes the iterator.

def f(x: int) -> bool:
    return 10 // x > 1


xs = [1, 0]
print(sorted(filter(f, xs)), len(list(filter(f, xs))))
