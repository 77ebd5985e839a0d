# expect: error[type] 2:20
def gen(n: int) -> int:
    i = 0
    while i < n:
        yield i
        i += 1
    return 0


print(gen(3))
