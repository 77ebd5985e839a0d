# expect: error[unsupported] 2:20
with open("x.bin", "rb") as f:
    print(f.read())
