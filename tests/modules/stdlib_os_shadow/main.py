# os.py and posixpath.py beside the program do not shadow the library's
# os and os.path, which CPython has loaded before the program runs.
import os
import posixpath
from os import path

print(os.getcwd() != "shadowed", os.path.join("a", "b"), posixpath.join("c", "d"))
print(path.join("e", "f"), path.splitext("g.h"))
