# expect: error[unsupported] 2:29
with open("x.txt", encoding="latin-1") as f:
    print(f.read())
