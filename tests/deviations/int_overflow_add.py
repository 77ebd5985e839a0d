# Addition and subtraction past the 64-bit range raise OverflowError.
def total(n: int) -> int:
    acc = 9223372036854775800
    for i in range(n):
        acc += 1
        print(acc)
    return acc


print(total(7))
print(total(8))
