# expect: error[type] 6:10
from collections import namedtuple

Pair = namedtuple("Pair", ["a", "b"])
p = Pair(1, 2)
q = Pair("one", 2)
