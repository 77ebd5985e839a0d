# % formatting with format strings computed at run time (interpreted by the runtime).
def fmt_row(template: str, name: str, qty: int, price: float) -> str:
    return template % (name, qty, price)


row = "%-8s|%5d|%8.2f"
print(fmt_row(row, "apple", 3, 1.5))
print(fmt_row("%s x%d @ %.1f", "pear", 10, 0.25))
one = "%05.1f%%"
print(one % 12.345, "%r" % "q" if False else "x")
print(("[%s]" * 2) % ("a", "b"))
ints = ["%d items", "%x hex", "%o oct", "%5d|"]
for f in ints:
    print(f % 255)
floats = ["%+.3e sci", "%g", "%10.4f|"]
for f in floats:
    print(f % 12345.678)
