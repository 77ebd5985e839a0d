# The default= of min()/max() is an argument: CPython evaluates it before
# iterating, even when the iterable is not empty (difftest campaign L, seed
# 2001986: a constructor printing in default= was skipped).
def noisy(v: int) -> int:
    print("default evaluated", v)
    return v


xs = [3, 1, 2]
print(max(xs, default=noisy(0)))
print(min(xs, key=lambda x: -x, default=noisy(1)))
print(max([], default=noisy(2)))
print(min((x * 2 for x in xs if x > 5), default=noisy(3)))
