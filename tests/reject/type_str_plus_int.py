# expect: error[type] 3:12
def label(n: int) -> str:
    return "item " + n


print(label(3))
