# expect: error[unsupported] 5:8
from collections import namedtuple

names = ["a", "b"]
Pair = namedtuple("Pair", names)
