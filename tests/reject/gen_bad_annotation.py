# expect: error[type] 2:22
def count(n: int) -> list[int]:
    for i in range(n):
        yield i
