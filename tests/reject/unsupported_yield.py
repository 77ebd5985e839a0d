# expect: error[unsupported] 5:9
def gen(n: int) -> int:
    i = 0
    while i < n:
        yield i
        i += 1
    return 0


print(gen(3))
