print("broken starts")
items: list[int] = [1, 2, 3]
print(items[5])
