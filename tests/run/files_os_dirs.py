# os: the working directory, mkdir, makedirs, listdir, rename, remove,
# rmdir, and os.path's queries of the file system (the program runs in a
# fresh empty directory).
import os
import os.path

print(os.path.isabs(os.getcwd()), os.listdir(), os.listdir("."))
print(os.path.abspath(".") == os.getcwd())

os.mkdir("d")
os.mkdir("d/sub", 0o755)
print(os.path.exists("d"), os.path.isdir("d"), os.path.isfile("d"))
print(os.listdir(), os.listdir("d"))

os.makedirs("a/b/c")
os.makedirs("a/b/c", exist_ok=True)
os.makedirs("a/b/x/y/", exist_ok=False)
os.makedirs("p/./q")
print(os.path.isdir("a/b/c"), os.path.isdir("a/b/x/y"), os.path.isdir("p/q"))
print(sorted(os.listdir("a/b")), sorted(os.listdir()))

with open("d/f.txt", "w") as f:
    f.write("hello\nworld\n")
with open("empty.txt", "w") as f:
    pass
print(os.path.getsize("d/f.txt"), os.path.getsize("empty.txt"))
print(os.path.exists("d/f.txt"), os.path.isfile("d/f.txt"), os.path.isdir("d/f.txt"))
print(os.path.exists("nothing"), os.path.isfile("nothing"), os.path.isdir("nothing"))
print(os.path.exists("d/f.txt/x"), os.path.exists(""), os.path.isdir("."), os.path.isdir(".."))
print(sorted(os.listdir("d")))

os.rename("d/f.txt", "d/g.txt")
print(sorted(os.listdir("d")))
with open("d/g.txt") as f:
    print(repr(f.read()))
os.rename("d/g.txt", "empty.txt")
print(os.path.getsize("empty.txt"), sorted(os.listdir("d")))
os.rename("a", "renamed")
print(os.path.isdir("renamed/b/c"), os.path.exists("a"))

os.remove("empty.txt")
with open("tmp.txt", "w") as f:
    f.write("x")
os.unlink("tmp.txt")
print(os.path.exists("empty.txt"), os.path.exists("tmp.txt"))
os.rmdir("d/sub")
os.rmdir("d")
os.rmdir("renamed/b/c")
print(sorted(os.listdir()), sorted(os.listdir("renamed/b")))

names = ["zeta", "alpha", "mid", "beta"]
os.mkdir("many")
for n in names:
    with open(os.path.join("many", n + ".txt"), "w") as f:
        f.write(n)
listed = os.listdir("many")
print(len(listed), sorted(listed), sorted(listed) == sorted(n + ".txt" for n in names))
for n in sorted(listed):
    root, ext = os.path.splitext(n)
    print(root, ext, os.path.getsize(os.path.join("many", n)))
