# expect: error[type] 4:12
def greet(name: str) -> None:
    print("hi", name)
    return 1


greet("x")
