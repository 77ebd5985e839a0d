# expect: error[type] 5:12
def count(n: int) -> int:
    if n > 0:
        return n
    return "none"


print(count(3))
