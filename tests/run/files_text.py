from typing import IO, TextIO


def count_lines(f: TextIO) -> int:
    n = 0
    for _ in f:
        n += 1
    return n


with open("data.txt", "w") as f:
    print(f.write("first line\n"), f.name, f.mode, f.closed)
    f.writelines(["second\n", "héllo wörld\r\n", "last, no newline"])
print(f.closed)

with open("data.txt") as f:
    print(repr(f.readline()))
    print(repr(f.read(4)))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
    print(f.tell())
    f.seek(0)
    print(count_lines(f))

f = open("data.txt", encoding="utf-8")
text = f.read()
f.close()
print(repr(text), f.closed)

with open("data.txt", "a") as g:
    g.write("\nappended\n")
with open("data.txt", newline="\n") as f:
    lines = [line.rstrip("\n") for line in f]
print(lines)

with open("data.txt", "r+") as f:
    print(repr(f.readline()))
    f.seek(0)
    f.write("FIRST")
with open("data.txt") as f:
    print(repr(f.readline()))

try:
    open("data.txt", "x")
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    open("missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    open(".")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
try:
    open("data.txt/inner")
except OSError as e:
    print("OSError:", e)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("data.txt", "rw")
except ValueError as e:
    print("ValueError:", e)
big = open("big.txt", "w")
for i in range(5000):
    big.write(f"line {i}\n")
big.close()
total = 0
with open("big.txt") as f:
    for line in f:
        total += int(line.split()[1])
print(total)
print(open("data.txt"))


def first(f: IO[str]) -> str:
    return f.readline()


with open("big.txt") as f:
    print(repr(first(f)), f.tell())
