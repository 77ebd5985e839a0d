# expect: error[type] 7:14
def double(x: int) -> int:
    return x * 2


print(double(1))
print(double("two"))
