# os.path (posixpath) on path text: join, split, basename, dirname,
# splitext, isabs, normpath, abspath, and the three ways to import it.
import os
import os.path
import posixpath
from os.path import basename, dirname, join, normpath, split, splitext

print(os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep, os.path.pathsep)
print(os.path.devnull, os.path.defpath)

# join: an absolute component restarts the path, empty parts add a slash
# only when something follows, existing trailing slashes are kept.
for parts in [
    ["a"],
    ["a", "b", "c"],
    ["a/", "b"],
    ["a//", "b"],
    ["a", "/b", "c"],
    ["/a", "/b"],
    ["a", ""],
    ["", "a"],
    ["", ""],
    ["a", "", "b"],
    ["a", "b/"],
    ["/", "a"],
    ["a", "b", "/"],
]:
    print(parts, repr(join(parts[0], *parts[1:])))
print(os.path.join("usr", "local", "bin"), posixpath.join("x", "y"))

for p in ["a/b/c", "a/b/", "/a", "/", "//", "a", "", "a//b", "///a//b//", "a/b//c", "./x"]:
    print(repr(p), split(p), repr(basename(p)), repr(dirname(p)))

for p in [
    "file.txt",
    "archive.tar.gz",
    ".bashrc",
    "..bashrc",
    "...",
    "a/.b",
    "a.b/c",
    "a.b/c.d",
    "name.",
    "dir/.hidden.txt",
    "",
    ".",
    "..",
    "a/b.c/",
]:
    print(repr(p), splitext(p))

for p in ["/a", "a", "", "//a", "./a", "../a"]:
    print(repr(p), os.path.isabs(p))

for p in [
    "",
    ".",
    "..",
    "/",
    "//",
    "///",
    "////a",
    "//a/b",
    "a/./b",
    "a/../b",
    "a/b/../../..",
    "../../a",
    "/../a",
    "/a/b/../../../c",
    "a//b///c/",
    "./",
    "a/..",
    "x/y/./z/../w",
]:
    print(repr(p), repr(normpath(p)))

cwd = os.getcwd()
print(os.path.isabs(cwd))
for p in ["x", "x/../y", ".", "..", "./a/./b/", "/abs/./p/../q", "", "a//b"]:
    got = os.path.abspath(p)
    print(repr(p), got == normpath(join(cwd, p)), os.path.isabs(got))
print(os.path.abspath("/"), os.path.abspath("/a/../.."), os.path.abspath("//a/./b"))
