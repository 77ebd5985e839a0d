# Methods of built-in types as key functions: sorted(words, key=str.lower).
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=str.lower))
print(list(map(str.upper, words)))
print(list(map(str.strip, [" a ", "b  "])))
print(max(words, key=str.lower))
print(list(filter(str.isupper, ["A", "b", "C"])))
rows = [[3, 1], [2]]
print(sorted(rows, key=list.copy))
