# Name resolution: locals shadow globals, parameters shadow globals, a
# function reads the current global value at call time.

value = 10
label = "global"
factor = 3


def read_global() -> int:
    return value * factor


def local_shadow() -> int:
    value = 99
    label = "local"
    print("inside local_shadow:", value, label)
    return value


def param_shadow(value: int, label: str = "param") -> str:
    return label + ":" + str(value)


def write_global(v: int) -> None:
    global value
    value = v


def uses_both(x: int) -> int:
    factor = x
    return factor * value


print(read_global())
print(local_shadow(), value, label)
print(param_shadow(5), param_shadow(7, "p"), value)
write_global(20)
print(read_global(), value)
print(uses_both(2), factor)
factor = 4
print(read_global(), uses_both(1))
for value in range(3):
    print("loop rebinding global value:", value, read_global())
print("after loop:", value, read_global())
label = label + "!"
print(label, param_shadow(label="x", value=0))


def main() -> None:
    value = -1
    print("main local value:", value, "global read via function:", read_global())


if __name__ == "__main__":
    main()
    print("module value still", value)
