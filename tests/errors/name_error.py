# NameError: a global read before the module assigned it.


def report() -> str:
    return "total=" + str(total)


print("start")
print("early", end=" ")
print(report())
total = 10
